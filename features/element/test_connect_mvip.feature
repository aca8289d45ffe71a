@element @imported @since:9.6
Feature: TestConnectMvip — TestConnectMvip
  Imported by conform import from the element reference page "TestConnectMvip". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "TestConnectMvip" request:
      """
      {
         "method": "TestConnectMvip",
         "params": {
             "mvip" : "172.27.62.50"
             },
          "id":1
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
            "connected": true,
            "mvip": "172.27.62.50",
            "pingBytes": {
              "1500": {
                "individualResponseTimes": [
                  "00:00:00.000250",
                  "00:00:00.000206",
                  "00:00:00.000200",
                  "00:00:00.000199",
                  "00:00:00.000199"
               ],
                "individualStatus": [
                   true,
                   true,
                   true,
                   true,
                   true
               ],
               "responseTime": "00:00:00.000211",
               "successful": true
             },
             "56": {
                "individualResponseTimes": [
                  "00:00:00.000217",
                  "00:00:00.000122",
                  "00:00:00.000117",
                  "00:00:00.000119",
                  "00:00:00.000121"
               ],
               "individualStatus": [
                  true,
                  true,
                  true,
                  true,
                  true
               ],
               "responseTime": "00:00:00.000139",
               "successful": true
              }
            }
          },
          "duration": "00:00:00.271244",
          "result": "Passed"
        }
      }
      """
