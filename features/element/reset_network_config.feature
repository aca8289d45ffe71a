@element @imported @since:11.0
Feature: ResetNetworkConfig — ResetNetworkConfig
  Imported by conform import from the element reference page "ResetNetworkConfig". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ResetNetworkConfig" request:
      """
      {
         "method": "ResetNetworkConfig",
         "params": {},
         "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
