@element @imported @since:9.6
Feature: ListNodeStats — ListNodeStats
  Imported by conform import from the element reference page "ListNodeStats". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListNodeStats" request:
      """
      {
         "method": "ListNodeStats",
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
           "nodeStats": {
             "nodes": [
               {
                 "cBytesIn": 223022159806,
                 "cBytesOut": 206324217921,
                 "count": 17274,
                 "cpu": 0,
                 "cpuTotal": 9796,
                 "mBytesIn": 608219007,
                 "mBytesOut": 3487659798,
                 "networkUtilizationCluster": 0,
                 "networkUtilizationStorage": 0,
                 "nodeHeat": {
                   "primaryTotalHeat": 0.00028,
                   "recentPrimaryTotalHeat": 0.0,
                   "recentTotalHeat": 0.00097,
                   "totalHeat": 0.00138
                 },
                 "nodeID": 1,
                 "readLatencyUSecTotal": 8964,
                 "readOps": 29544,
                 "sBytesIn": 223022159806,
                 "sBytesOut": 206324217921,
                 "ssLoadHistogram": {
                   "Bucket0": 5083,
                   "Bucket1To19": 5637426,
                   "Bucket20To39": 19389,
                   "Bucket40To59": 156,
                   "Bucket60To79": 0,
                   "Bucket80To100": 0
                 },
                 "timestamp": "2024-02-27T18:21:26.183659Z",
                 "usedMemory": 104828780544,
                 "writeLatencyUSecTotal": 271773335,
                 "writeOps": 23898
               }
             ]
           }
       }
      }
      """
