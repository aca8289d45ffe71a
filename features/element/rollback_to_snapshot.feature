@element @imported @since:9.6
Feature: RollbackToSnapshot — RollbackToSnapshot
  Imported by conform import from the element reference page "RollbackToSnapshot". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "RollbackToSnapshot" request:
      """
      {
       "method": "RollbackToSnapshot",
       "params": {
          "volumeID": 1,
          "snapshotID": 3114,
          "saveCurrentState": true
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
            "createTime": "2016-04-04T17:27:32Z",
            "enableRemoteReplication": false,
            "expirationReason": "None",
            "expirationTime": null,
            "groupID": 0,
            "groupSnapshotUUID": "00000000-0000-0000-0000-000000000000",
            "name": "test1-copy",
            "snapshotID": 1,
            "snapshotUUID": "30d7e3fe-0570-4d94-a8d5-3cc8097a6bfb",
            "status": "done",
            "totalSize": 5000658944,
            "virtualVolumeID": null,
            "volumeID": 1
          },
          "snapshotID": 1
        }
      }
      """
