@element @imported @since:9.6
Feature: CreateSnapshot — CreateSnapshot
  Imported by conform import from the element reference page "CreateSnapshot". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreateSnapshot" request:
      """
      {
         "method": "CreateSnapshot",
         "params": {
            "volumeID": 1
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
        "id": 1,
        "result": {
          "checksum": "0x0",
            "snapshot": {
              "attributes": {},
              "checksum": "0x0",
              "createTime": "2016-04-04T17:14:03Z",
              "enableRemoteReplication": false,
              "expirationReason": "None",
              "expirationTime": null,
              "groupID": 0,
              "groupSnapshotUUID": "00000000-0000-0000-0000-000000000000",
              "name": "2016-04-04T17:14:03Z",
              "snapshotID": 3110,
              "snapshotUUID": "6f773939-c239-44ca-9415-1567eae79646",
              "status": "done",
              "totalSize": 5000658944,
              "virtualVolumeID": null,
              "volumeID": 1
            },
              "snapshotID": 3110
        }
      }
      """
