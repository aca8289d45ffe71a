@element @imported @since:9.6
Feature: GetClusterHardwareInfo — GetClusterHardwareInfo
  Imported by conform import from the element reference page "GetClusterHardwareInfo". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetClusterHardwareInfo" request:
      """
      {
        "method": "GetClusterHardwareInfo",
          "params": {
              "type": "all"
          },
          "id": 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
