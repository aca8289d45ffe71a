@element @imported @since:9.6
Feature: ListActivePairedVolumes — ListActivePairedVolumes
  Imported by conform import from the element reference page "ListActivePairedVolumes". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListActivePairedVolumes" request:
      """
      {
         "method": "ListActivePairedVolumes",
         "params": {
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
              "volumes": [
                  {
                      "access": "readWrite",
                      "accountID": 1,
                      "attributes": {},
                      "blockSize": 4096,
                      "createTime": "2016-06-24T15:21:59Z",
                      "deleteTime": "",
                      "enable512e": true,
                      "iqn": "iqn.2010-01.com.solidfire:0oto.bk.24",
                      "name": "BK",
                      "purgeTime": "",
                      "qos": {
                          "burstIOPS": 15000,
                          "burstTime": 60,
                          "curve": {
                              "4096": 100,
                              "8192": 160,
                              "16384": 270,
                              "32768": 500,
                              "65536": 1000,
                              "131072": 1950,
                              "262144": 3900,
                              "524288": 7600,
                              "1048576": 15000
                          },
                          "maxIOPS": 15000,
                          "minIOPS": 50
                      },
                      "scsiEUIDeviceID": "306f746f00000018f47acc0100000000",
                      "scsiNAADeviceID": "6f47acc100000000306f746f00000018",
                      "sliceCount": 1,
                      "status": "active",
                      "totalSize": 10737418240,
                      "virtualVolumeID": null,
                      "volumeAccessGroups": [],
                      "volumeID": 24,
                      "volumePairs": [
                          {
                              "clusterPairID": 2,
                              "remoteReplication": {
                                  "mode": "Async",
                                  "pauseLimit": 3145728000,
                                  "remoteServiceID": 14,
                                  "resumeDetails": "",
                                  "snapshotReplication": {
                                      "state": "Idle",
                                      "stateDetails": ""
                                  },
                                  "state": "Active",
                                  "stateDetails": ""
                              },
                              "remoteSliceID": 8,
                              "remoteVolumeID": 8,
                              "remoteVolumeName": "PairingDoc",
                              "volumePairUUID": "229fcbf3-2d35-4625-865a-d04bb9455cef"
                          }
                      ]
                  }
              ]
          }
      }
      """
