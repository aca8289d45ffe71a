@element @imported @since:9.6
Feature: ListGroupSnapshots — ListGroupSnapshots
  Imported by conform import from the element reference page "ListGroupSnapshots". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListGroupSnapshots" request:
      """
      {
        "method": "ListGroupSnapshots",
        "params": {
        "volumes": [
           31,
           49
          ]
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
        "groupSnapshots": [
            {
                "status": "Done",
                "remoteStatuses": [
                    {
                      "volumePairUUID": "abcdef-1234-5678-90ab-cdef0123",
                      "remoteStatus": "Present"
                    }
                ],
                "attributes": {},
                "groupSnapshotID": 1,
                "createTime": "2014-06-17T17:35:05Z",
                "members": [
                    {
                      "snapshotUUID": "abcdef-1234-5678-90ab-cdef0123",
                      "expirationReason": "None",
                      "virtualVolumeID": "abcdef-1234-5678-90ab-cdef0123",
                      "groupID": 1,
                      "createTime": "2014-06-17T17:35:05Z",
                      "totalSize": 1,
                      "snapMirrorLabel": "test1",
                      "volumeName": "test1",
                      "instanceCreateTime": "2014-06-17T17:35:05Z",
                      "volumeID": 1,
                      "checksum": "0x0",
                      "attributes": {},
                      "instanceSnapshotUUID": "abcdef-1234-5678-90ab-cdef0123",
                      "snapshotID": 1,
                      "status": "Done",
                      "groupSnapshotUUID": "abcdef-1234-5678-90ab-cdef0123",
                      "expirationTime": "2014-06-17T17:35:05Z",
                      "enableRemoteReplication": true,
                      "name": "test1",
                      "remoteStatuses": [
                            {
                              "volumePairUUID": "abcdef-1234-5678-90ab-cdef0123",
                              "remoteStatus": "Present"
                            }
                        ]
                    }
                ],
                "enableRemoteReplication": true,
                "name": "test1",
                "groupSnapshotUUID": "abcdef-1234-5678-90ab-cdef0123"
            }
      	]
      }
      """
