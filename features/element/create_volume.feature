@element @imported @since:9.6
Feature: CreateVolume — CreateVolume
  Imported by conform import from the element reference page "CreateVolume". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreateVolume" request:
      """
      {
         "method": "CreateVolume",
         "params": {
            "name": "testit",
            "accountID": 22,
            "dontMoveForIopsRebalance": true,
            "totalSize": 100000000000,
            "enable512e": false,
            "attributes": {},
            "qos": {
               "minIOPS": 500,
               "maxIOPS": 27000,
               "burstIOPS": 27000,
               "burstTime": 60
            }
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
              "curve": {
                  "1048576": 15000,
                  "131072": 1950,
                  "16384": 270,
                  "262144": 3900,
                  "32768": 500,
                  "4096": 100,
                  "524288": 7600,
                  "65536": 1000,
                  "8192": 160
              },
              "volume": {
                  "access": "readWrite",
                  "accountID": 22,
                  "attributes": {},
                  "blockSize": 4096,
                  "createTime": "2024-04-02T13:03:02Z",
                  "currentProtectionScheme": "doubleHelix",
                  "deleteTime": "",
                  "dontMoveForIopsRebalance": true,
                  "enable512e": false,
                  "enableSnapMirrorReplication": false,
                  "fifoSize": 24,
                  "iqn": "iqn.2010-01.com.solidfire:mysqldata.677",
                  "lastAccessTime": null,
                  "lastAccessTimeIO": null,
                  "minFifoSize": 0,
                  "name": "testit",
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
                          "32768": 500,
                          "4096": 100,
                          "524288": 7600,
                          "65536": 1000,
                          "8192": 160
                      },
                      "maxIOPS": 27000,
                      "minIOPS": 500
                  },
                  "qosPolicyID": null,
                  "scsiEUIDeviceID": "3365657500000140f47acc0100000000",
                  "scsiNAADeviceID": "6f47acc1000000003365657500000140",
                  "sliceCount": 0,
                  "status": "active",
                  "totalSize": 1000000716800,
                  "virtualVolumeID": null,
                  "volumeAccessGroups": [],
                  "volumeConsistencyGroupUUID": "8ed68e57-13ee-47df-8381-29b125142718",
                  "volumeID": 320,
                  "volumePairs": [],
                  "volumeUUID": "e0e2c938-4ecd-4de9-a1be-f6b17c93ce5d"
              },
              "volumeID": 320
          }
      }
      """
