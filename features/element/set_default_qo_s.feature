@element @imported @since:9.6
Feature: SetDefaultQoS — SetDefaultQoS
  Imported by conform import from the element reference page "SetDefaultQoS". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "SetDefaultQoS" request:
      """
      {
         "method": "SetDefaultQoS",
          "params": {
              "burstIOPS":8000,
              "maxIOPS":1000,
              "minIOPS":200
          },
          "id": 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
