@element @imported @since:9.6
Feature: ModifySnapshot — ModifySnapshot
  Imported by conform import from the element reference page "ModifySnapshot". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifySnapshot" request:
      """
      {
        "method": "ModifySnapshot",
        "params": {
          "snapshotID": 3114,
          "enableRemoteReplication": "true",
          "name" : "Chicago"
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
          "snapshot": {
            "attributes": {},
            "checksum": "0x0",
            "createTime": "2016-04-04T17:26:20Z",
            "enableRemoteReplication": true,
            "expirationReason": "None",
            "expirationTime": null,
            "groupID": 0,
            "groupSnapshotUUID": "00000000-0000-0000-0000-000000000000",
            "name": "test1",
            "snapshotID": 3114,
            "snapshotUUID": "5809a671-4ad0-4a76-9bf6-01cccf1e65eb",
            "status": "done",
            "totalSize": 5000658944,
            "virtualVolumeID": null,
            "volumeID": 1
          }
        }
      }
      """
