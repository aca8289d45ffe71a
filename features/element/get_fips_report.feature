@element @imported @since:10.3
Feature: GetFipsReport — GetFipsReport
  Imported by conform import from the element reference page "GetFipsReport". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetFipsReport" request:
      """
      {
        "method": "GetFipsReport",
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
          "nodes": [
              {
                 "nodeID": 1,
      		   "fipsDrives": "None",
                 "httpsEnabled": true
              },
              {
                 "nodeID": 3,
      		   "fipsDrives": "None",
                 "httpsEnabled": true
              }
          ],
          "errorNodes": [
              {
                 "nodeID": 2,
                 "error": {
                     "message": "The RPC timed out.",
                     "name": "xRpcTimeout"
                     }
              }
          ]
          }
      }
      """
