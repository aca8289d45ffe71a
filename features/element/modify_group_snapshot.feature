@element @imported @since:9.6
Feature: ModifyGroupSnapshot — ModifyGroupSnapshot
  Imported by conform import from the element reference page "ModifyGroupSnapshot". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifyGroupSnapshot" request:
      """
      {
        "id": 695,
        "method": "ModifyGroupSnapshot",
        "params": {
          "groupSnapshotID": 3,
          "enableRemoteReplication": true,
          "expirationTime": "2016-04-08T22:46:25Z"
        }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
        "id": 695,
        "result": {
          "groupSnapshot": {
            "attributes": {},
            "createTime": "2016-04-06T17:31:41Z",
            "groupSnapshotID": 3,
            "groupSnapshotUUID": "8b2e101d-c5ab-4a72-9671-6f239de49171",
            "members": [
              {
                "attributes": {},
                "checksum": "0x0",
                "createTime": "2016-04-06T17:31:41Z",
                "enableRemoteReplication": true,
                "expirationReason": "None",
                "expirationTime": "2016-04-08T22:46:25Z",
                "groupID": 3,
                "groupSnapshotUUID": "8b2e101d-c5ab-4a72-9671-6f239de49171",
                "name": "grpsnap1-2",
                "snapshotID": 2,
                "snapshotUUID": "719b162c-e170-4d80-b4c7-1282ed88f4e1",
                "status": "done",
                "totalSize": 1000341504,
                "virtualVolumeID": null,
                "volumeID": 2
              }
            ],
            "name": "grpsnap1",
            "status": "done"
          }
        }
      }
      """
