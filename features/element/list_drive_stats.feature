@element @imported @since:9.6
Feature: ListDriveStats — ListDriveStats
  Imported by conform import from the element reference page "ListDriveStats". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListDriveStats" request:
      """
      {
        "id": 1,
        "method": "ListDriveStats",
        "params": {
          "drives":[22,23]
        }
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
          "driveStats": [
            {
              "driveID": 22,
              "failedDieCount": 0,
              "lifeRemainingPercent": 84,
              "lifetimeReadBytes": 30171004403712,
              "lifetimeWriteBytes": 103464755527680,
              "powerOnHours": 17736,
              "readBytes": 14656542,
               "readOps": 3624,
              "reallocatedSectors": 0,
              "reserveCapacityPercent": 100,
              "timestamp": "2016-03-01T00:19:24.782735Z",
              "totalCapacity": 300069052416,
              "usedCapacity": 1783735635,
              "usedMemory": 879165440,
              "writeBytes": 2462169894,
              "writeOps": 608802
            }
          ],
          "errors": [
            {
              "driveID": 23,
              "exception": {
                "message": "xStatCheckpointDoesNotExist",
                "name": "xStatCheckpointDoesNotExist"
              }
            }
          ]
        }
      }
      """
