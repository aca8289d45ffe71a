@element @imported @since:12.0
Feature: EnableBmcColdReset — EnableBmcColdReset
  Imported by conform import from the element reference page "EnableBmcColdReset". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "EnableBmcColdReset" request:
      """
      {
          "method": "EnableBmcColdReset",
          "params": {
                      "timeout": 36000
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
          "result": {
              "cBmcResetDurationMinutes": 36000
          }
      }
      """
