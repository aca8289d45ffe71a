@element @imported @since:9.6
Feature: ListSnapshots — ListSnapshots
  Imported by conform import from the element reference page "ListSnapshots". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListSnapshots" request:
      """
      {
         "method": "ListSnapshots",
         "params": {
                   "volumeID": "1"
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
          "snapshots": [
              {
                "attributes": {},
                "checksum": "0x0",
                "createTime": "2015-05-08T13:15:00Z",
                "enableRemoteReplication": true,
                "expirationReason": "None",
                "expirationTime": "2015-05-08T21:15:00Z",
                "groupID": 0,
                "groupSnapshotUUID": "00000000-0000-0000-0000-000000000000",
                "name": "Hourly",
                "remoteStatuses": [
                    {
                      "remoteStatus": "Present",
                      "volumePairUUID": "237e1cf9-fb4a-49de-a089-a6a9a1f0361e"
                    }
               ],
                "snapshotID": 572,
                "snapshotUUID": "efa98e40-cb36-4c20-a090-a36c48296c14",
                "status": "done",
                "totalSize": 10000269312,
                "volumeID": 1
              }
            ]
          }
        }
      """
