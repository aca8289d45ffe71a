@element @imported @since:9.6
Feature: GetClusterCapacity — GetClusterCapacity
  Imported by conform import from the element reference page "GetClusterCapacity". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetClusterCapacity" request:
      """
      {
         "method": "GetClusterCapacity",
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
          "clusterCapacity": {
            "activeBlockSpace": 236015557096,
            "activeSessions": 20,
            "averageIOPS": 0,
            "clusterRecentIOSize": 0,
            "currentIOPS": 0,
            "maxIOPS": 150000,
            "maxOverProvisionableSpace": 259189767127040,
            "maxProvisionedSpace": 51837953425408,
            "maxUsedMetadataSpace": 404984011161,
            "maxUsedSpace": 12002762096640,
            "nonZeroBlocks": 310080350,
            "peakActiveSessions": 20,
            "peakIOPS": 0,
            "provisionedSpace": 1357931085824,
            "snapshotNonZeroBlocks": 0,
            "timestamp": "2016-10-17T21:24:36Z",
            "totalOps": 1027407650,
            "uniqueBlocks": 108180156,
            "uniqueBlocksUsedSpace": 244572686901,
            "usedMetadataSpace": 8745762816,
            "usedMetadataSpaceInSnapshots": 8745762816,
            "usedSpace": 244572686901,
            "zeroBlocks": 352971938
          }
        }
      }
      """
