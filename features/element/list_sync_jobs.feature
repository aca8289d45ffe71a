@element @imported @since:9.6
Feature: ListSyncJobs — ListSyncJobs
  Imported by conform import from the element reference page "ListSyncJobs". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListSyncJobs" request:
      """
      {
         "method": "ListSyncJobs",
         "params": { },
         "id" : 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
          "id":1,
          "result":{
            "syncJobs":[
              {
                 "bytesPerSecond":275314.8834458956,
                 "currentBytes":178257920,
                 "dstServiceID":36,
                 "elapsedTime":289.4568382049871,
                 "percentComplete":8.900523560209423,
                 "remainingTime":2962.675921065957,
                 "sliceID":5,
                 "srcServiceID":16,
                 "stage":"whole",
                 "totalBytes":2002780160,
                 "type":"slice"
             },
             {
                 "bytesPerSecond":305461.3198607744,
                 "cloneID":1,
                 "currentBytes":81788928,
                 "dstServiceID":16,
                 "dstVolumeID":6,
                 "elapsedTime":291.7847648200743,
                 "nodeID":1,
                 "percentComplete":8.167539267015707,
                 "remainingTime":3280.708270981153,
                 "sliceID":6,
                 "srcServiceID":16,
                 "srcVolumeID":5,
                 "stage":"whole",
                 "totalBytes":1001390080,
                 "type":"clone"
              },
              {
                 "blocksPerSecond":0,
                 "branchType": "snapshot",
                 "dstServiceID":8,
                 "dstVolumeID":2,
                 "elapsedTime":0,
                 "percentComplete":0,
                 "remainingTime":0,
                 "sliceID":2,
                 "stage":"metadata",
                 "type":"remote"
             }
           ]
         }
      }
      """
