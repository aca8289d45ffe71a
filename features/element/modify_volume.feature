@element @imported @since:9.6
Feature: ModifyVolume — ModifyVolume
  Imported by conform import from the element reference page "ModifyVolume". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifyVolume" request:
      """
      {
        "method": "ModifyVolume",
        "params": {
           "volumeID": 319,
           "access": "readWrite",
           "dontMoveForIopsRebalance": false
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
            "volume": {
                "access": "readWrite",
                "accountID":22,
                "attributes": {},
                "blockSize": 4096,
                "createTime": "2024-04-01T19:39:40Z",
                "currentProtectionScheme": "doubleHelix",
                "deleteTime": "",
                "dontMoveForIopsRebalance": false,
                "enable512e": false,
                "enableSnapMirrorReplication": false,
                "fifoSize": 24,
                "iqn": "iqn.2010-01.com.solidfire:3eeu.suite40.319",
                "lastAccessTime": "2024-04-02T12:41:34Z",
                "lastAccessTimeIO": "2024-04-01T20:41:19Z",
                "minFifoSize": 0,
                "name": "suite40",
                "previousProtectionScheme": null,
                "purgeTime": "",
                "qos": {
                    "burstIOPS": 27000,
                    "burstTime": 60,
                    "curve": {
                        "1048576": 15000,
                        "131072": 1950,
                        "16384": 270,
                        "262144": 3900,
                        "32768": 500, "4096": 100,
                        "524288": 7600,
                        "65536": 1000,
                        "8192": 160
                    },
                    "maxIOPS": 27000,
                    "minIOPS": 500
                },
                "qosPolicyID": null,
                "scsiEUIDeviceID": "336565750000013ff47acc0100000000",
                "scsiNAADeviceID": "6f47acc100000000336565750000013f",
                "sliceCount": 1,
                "status": "active",
                "totalSize": 1000000716800,
                "virtualVolumeID": null,
                "volumeAccessGroups": [
                22
                ],
                "volumeConsistencyGroupUUID": "3003109e-6e75-444c-8cee-470d641a09c3",
                "volumeID": 319,
                "volumePairs": [],
                "volumeUUID": "78203136-b0eb-454b-9f67-2c867ec7d7bb"
            }
        }
      }
      """
