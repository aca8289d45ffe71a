@element @imported @since:9.6
Feature: CreateGroupSnapshot — CreateGroupSnapshot
  Imported by conform import from the element reference page "CreateGroupSnapshot". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreateGroupSnapshot" request:
      """
      {
         "method": "CreateGroupSnapshot",
         "params": {
            "volumes": [1,2]
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
          "groupSnapshot": {
            "attributes": {},
            "createTime": "2016-04-04T22:43:29Z",
            "groupSnapshotID": 45,
            "groupSnapshotUUID": "473b78a3-ef85-4541-9438-077306b2d3ca",
            "members": [
              {
                "attributes": {},
                "checksum": "0x0",
                "createTime": "2016-04-04T22:43:29Z",
                "enableRemoteReplication": false,
                "expirationReason": "None",
                "expirationTime": null,
                "groupID": 45,
                "groupSnapshotUUID": "473b78a3-ef85-4541-9438-077306b2d3ca",
                "name": "2016-04-04T22:43:29Z",
                "snapshotID": 3323,
                "snapshotUUID": "7599f200-0092-4b41-b362-c431551937d1",
                "status": "done",
                "totalSize": 5000658944,
                "virtualVolumeID": null,
                "volumeID": 1
              },
              {
                "attributes": {},
                "checksum": "0x0",
                "createTime": "2016-04-04T22:43:29Z",
                "enableRemoteReplication": false,
                "expirationReason": "None",
                "expirationTime": null,
                "groupID": 45,
                "groupSnapshotUUID": "473b78a3-ef85-4541-9438-077306b2d3ca",
                "name": "2016-04-04T22:43:29Z",
                "snapshotID": 3324,
                "snapshotUUID": "a0776a48-4142-451f-84a6-5315dc37911b",
                "status": "done",
                "totalSize": 6001000448,
                "virtualVolumeID": null,
                "volumeID": 2
              }
            ],
            "name": "2016-04-04T22:43:29Z",
            "status": "done"
          },
          "groupSnapshotID": 45,
          "members": [
            {
              "checksum": "0x0",
              "snapshotID": 3323,
              "snapshotUUID": "7599f200-0092-4b41-b362-c431551937d1",
              "volumeID": 1
            },
            {
              "checksum": "0x0",
              "snapshotID": 3324,
              "snapshotUUID": "a0776a48-4142-451f-84a6-5315dc37911b",
              "volumeID": 2
            }
          ]
        }
      }
      """
