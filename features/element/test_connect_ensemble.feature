@element @imported @since:9.6
Feature: TestConnectEnsemble — TestConnectEnsemble
  Imported by conform import from the element reference page "TestConnectEnsemble". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "TestConnectEnsemble" request:
      """
      {
        "method": "TestConnectEnsemble",
        "params": {},
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
            "details": {
               "nodes":  {
                  "1:10.10.20.70": "Passed",
                  "2:10.10.20.71": "Passed",
                  "3:10.10.20.72": "Passed",
                  "4:10.10.20.73": "Passed",
                  "5:10.10.20.74": "Passed"
              }
            },
              "duration": "00:00:00:756072",
              "result": "Passed"
         }
      }
      """
