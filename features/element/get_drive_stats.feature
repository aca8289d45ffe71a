@element @imported @since:9.6
Feature: GetDriveStats — GetDriveStats
  Imported by conform import from the element reference page "GetDriveStats". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetDriveStats" request:
      """
      {
         "method": "GetDriveStats",
         "params": {
           "driveID": 3
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
          "driveStats": {
            "driveID": 10,
            "failedDieCount": 0,
            "lifeRemainingPercent": 99,
            "lifetimeReadBytes": 26471661830144,
            "lifetimeWriteBytes": 13863852441600,
            "powerOnHours": 33684,
            "readBytes": 10600432105,
            "readOps": 5101025,
            "reallocatedSectors": 0,
            "reserveCapacityPercent": 100,
            "timestamp": "2016-10-17T20:23:45.456834Z",
            "totalCapacity": 300069052416,
            "usedCapacity": 6112226545,
            "usedMemory": 114503680,
            "writeBytes": 53559500896,
            "writeOps": 25773919
          }
        }
      }
      """
