@element @imported @since:9.6
Feature: GetClusterVersionInfo — GetClusterVersionInfo
  Imported by conform import from the element reference page "GetClusterVersionInfo". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetClusterVersionInfo" request:
      """
      {
         "method": "GetClusterVersionInfo",
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
         "clusterAPIVersion": "6.0",
         "clusterVersion": "6.1382",
         "clusterVersionInfo": [
         {
            "nodeID": 1,
            "nodeInternalRevision": "BuildType=Release Element=carbon Release=carbon ReleaseShort=carbon Version=6.1382 sfdev=6.28 Repository=dev Revision=061511b1e7fb BuildDate=2014-05-28T18:26:45MDT",
            "nodeVersion": "6.1382"
         },
         {
            "nodeID": 2,
            "nodeInternalRevision": "BuildType=Release Element=carbon Release=carbon ReleaseShort=carbon Version=6.1382 sfdev=6.28 Repository=dev Revision=061511b1e7fb BuildDate=2014-05-28T18:26:45MDT",
            "nodeVersion": "6.1382"
         },
         {
            "nodeID": 3,
            "nodeInternalRevision": "BuildType=Release Element=carbon Release=carbon ReleaseShort=carbon Version=6.1382 sfdev=6.28 Repository=dev Revision=061511b1e7fb BuildDate=2014-05-28T18:26:45MDT",
            "nodeVersion": "6.1382"
         },
         {
            "nodeID": 4,
            "nodeInternalRevision": "BuildType=Release Element=carbon Release=carbon ReleaseShort=carbon Version=6.1382 sfdev=6.28 Repository=dev Revision=061511b1e7fb BuildDate=2014-05-28T18:26:45MDT",
            "nodeVersion": "6.1382"
         }
       ],
         "softwareVersionInfo": {
            "currentVersion": "6.1382",
            "nodeID": 0,
            "packageName": "",
            "pendingVersion": "6.1382",
            "startTime": ""
          }
        }
      }
      """
