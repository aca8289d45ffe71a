@element @imported @since:12.8
Feature: DisableFeature — DisableFeature
  Imported by conform import from the element reference page "DisableFeature". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "DisableFeature" request:
      """
      {
        "method": "DisableFeature",
          "params": {
              "feature" : "VolumeLoadBalanceOnActualIOPS"
          },
          "id": 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
        "id": 1,
        "result": {}
      }
      """
