@element @imported @since:9.6
Feature: TestNetworkConfig — TestNetworkConfig
  Imported by conform import from the element reference page "TestNetworkConfig". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "TestNetworkConfig" request:
      """
      {
         "method": "TestNetworkConfig",
         "params": {},
         "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
