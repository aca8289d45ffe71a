@element @imported @since:9.6
Feature: TestLocateCluster — TestLocateCluster
  Imported by conform import from the element reference page "TestLocateCluster". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "TestLocateCluster" request:
      """
      {
         "method": "TestLocateCluster",
         "params": {},
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
               "complete": true,
               "ensemble": {
                  "nodes": [
                     {
                       "IP": "10.10.5.94",
                       "nodeID": 1
                     },
                     {
                       "IP": "10.10.5.107",
                       "nodeID": 2
                     },
                     {
                       "IP": "10.10.5.108",
                       "nodeID": 3
                     }
                  ]
               },
               "version": "5.749"
            },
            "duration": "0.0384478sec",
            "result": "Passed"
         }
      }
      """
