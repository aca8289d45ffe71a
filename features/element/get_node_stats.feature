@element @imported @since:9.6
Feature: GetNodeStats — GetNodeStats
  Imported by conform import from the element reference page "GetNodeStats". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetNodeStats" request:
      """
      {
         "method": "GetNodeStats",
         "params": {
           "nodeID": 5
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
         "id" : 1,
         "result" : {
           "nodeStats": {
             "cBytesIn": 1579657943924,
             "cBytesOut": 1683056745816,
             "count": 119529,
             "cpu": 0,
             "cpuTotal": 56289,
             "mBytesIn": 475476878,
             "mBytesOut": 269270423,
             "networkUtilizationCluster": 0,
             "networkUtilizationStorage": 0,
             "nodeHeat": {
               "primaryTotalHeat": 0.00098,
               "recentPrimaryTotalHeat": 0.00099,
               "recentTotalHeat": 0.00099,
               "totalHeat": 0.00098
             },
             "readLatencyUSecTotal": 10125300382,
             "readOps": 15640075,
             "sBytesIn": 1579657943924,
             "sBytesOut": 1683056745816,
             "ssLoadHistogram": {
               "Bucket0": 4873,
               "Bucket1To19": 6301620,
               "Bucket20To39": 396452,
               "Bucket40To59": 142,
               "Bucket60To79": 0,
               "Bucket80To100": 0
             },
             "timestamp": "2024-03-04T20:13:22.105428Z",
             "usedMemory": 106335510528,
             "writeLatencyUSecTotal": 7314512535,
             "writeOps": 59154830
           }
         }
      }
      """
