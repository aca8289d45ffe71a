@element @imported @since:9.6
Feature: RollbackToGroupSnapshot — RollbackToGroupSnapshot
  Imported by conform import from the element reference page "RollbackToGroupSnapshot". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "RollbackToGroupSnapshot" request:
      """
      {
        "id": 438,
        "method": "RollbackToGroupSnapshot",
        "params": {
          "groupSnapshotID": 1,
          "name": "grpsnap1",
          "saveCurrentState": true
        }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
        "id": 438,
        "result": {
          "groupSnapshot": {
            "attributes": {},
            "createTime": "2016-04-06T17:27:17Z",
            "groupSnapshotID": 1,
            "groupSnapshotUUID": "468fe181-0002-4b1d-ae7f-8b2a5c171eee",
            "members": [
              {
                "attributes": {},
                "checksum": "0x0",
                "createTime": "2016-04-06T17:27:17Z",
                "enableRemoteReplication": false,
                "expirationReason": "None",
                "expirationTime": null,
                "groupID": 1,
                "groupSnapshotUUID": "468fe181-0002-4b1d-ae7f-8b2a5c171eee",
                "name": "2016-04-06T17:27:17Z",
                "snapshotID": 4,
                "snapshotUUID": "03563c5e-51c4-4e3b-a256-a4d0e6b7959d",
                "status": "done",
                "totalSize": 1000341504,
                "virtualVolumeID": null,
                "volumeID": 2
              }
            ],
            "name": "2016-04-06T17:27:17Z",
            "status": "done"
          },
          "groupSnapshotID": 3,
          "members": [
            {
              "checksum": "0x0",
              "snapshotID": 2,
              "snapshotUUID": "719b162c-e170-4d80-b4c7-1282ed88f4e1",
              "volumeID": 2
            }
          ]
        }
      }
      """
