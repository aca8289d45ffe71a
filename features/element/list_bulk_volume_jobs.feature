@element @imported @since:9.6
Feature: ListBulkVolumeJobs — ListBulkVolumeJobs
  Imported by conform import from the element reference page "ListBulkVolumeJobs". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListBulkVolumeJobs" request:
      """
      {
         "method": "ListBulkVolumeJobs",
         "params": {
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
          "bulkVolumeJobs": [
              {
                "attributes": {
                  "blocksPerTransfer": 1024,
                  "firstPendingLba": 216064,
                  "nLbas": 2441472,
                  "nextLba": 226304,
                  "pendingLbas": "[220160, 223232, 221184, 224256, 217088, 225280, 222208, 218112, 219136, 216064]",
                  "percentComplete": 8,
                  "startLba": 0
                },
                "bulkVolumeID": 2,
                "createTime": "2015-05-07T14:52:17Z",
                "elapsedTime": 44,
                "format": "native",
                "key": "eaffb0526d4fb47107061f09bfc9a806",
                "percentComplete": 8,
                "remainingTime": 506,
                "script": "bv_internal.py",
                "snapshotID": 509,
                "srcVolumeID": 3,
                "status": "running",
                "type": "read"
             }
           ]
         }
      }
      """
