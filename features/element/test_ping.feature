@element @imported @since:5.0
Feature: TestPing — TestPing
  Imported by conform import from the element reference page "TestPing". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "TestPing" request:
      """
      {
          "method": "TestPing",
          "params": {
              "interface": "Bond1G",
              "hosts": "192.168.0.1"
          },
          "id" : 1
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
          "details": {
            "192.168.0.1": {
              "individualResponseCodes": [
                "Success",
                "Success",
                "Success",
                "Success",
                "Success"
              ],
              "individualResponseTimes": [
                "00:00:00.000304",
                "00:00:00.000123",
                "00:00:00.000116",
                "00:00:00.000113",
                "00:00:00.000111"
              ],
              "individualStatus": [
                true,
                true,
                true,
                true,
                true
              ],
              "interface": "Bond1G",
              "responseTime": "00:00:00.000154",
              "sourceAddressV4": "192.168.0.5",
              "successful": true
            }
          },
          "duration": "00:00:00.001747",
          "result": "Passed"
        }
      }
      """
