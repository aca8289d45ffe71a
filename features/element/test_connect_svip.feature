@element @imported @since:9.6
Feature: TestConnectSvip — TestConnectSvip
  Imported by conform import from the element reference page "TestConnectSvip". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "TestConnectSvip" request:
      """
      {
         "method": "TestConnectSvip",
         "params": {
            "svip" : "172.27.62.50"
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
            "connected": true,
            "pingBytes": {
                 "56": {
                     "individualResponseTimes": [
                         "00:00:00.000152",
                         "00:00:00.000132",
                         "00:00:00.000119",
                         "00:00:00.000114",
                         "00:00:00.000112"
                    ],
                    "individualStatus": [
                        true,
                        true,
                        true,
                        true,
                        true
                    ],
                    "responseTime": "00:00:00.000126",
                    "successful": true
                 },
                "9000": {
                      "individualResponseTimes": [
                          "00:00:00.000295",
                          "00:00:00.000257",
                          "00:00:00.000172",
                          "00:00:00.000172",
                          "00:00:00.000267"
                    ],
                    "individualStatus": [
                        true,
                        true,
                        true,
                        true,
                        true
                   ],
                   "responseTime": "00:00:00.000233",
                   "successful": true
                 }
              },
              "svip": "172.27.62.50"
            },
            "duration": "00:00:00.421907",
            "result": "Passed"
         }
      }
      """
