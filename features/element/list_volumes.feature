@element @imported @since:9.6
Feature: ListVolumes — ListVolumes
  Imported by conform import from the element reference page "ListVolumes". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListVolumes" request:
      """
      {
        "method": "ListVolumes",
          "params": {
              "volumeIDs": [1],
              "volumeStatus": "active",
              "isPaired": "false"
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
              "volumes": [
                  {
                      "access": "readWrite",
                      "accountID": 1,
                      "attributes": {},
                      "blockSize": 4096,
                      "createTime": "2016-03-28T14:39:05Z",
                      "deleteTime": "",
                      "enable512e": true,
                      "iqn": "iqn.2010-01.com.solidfire:testvolume1.1",
                      "name": "testVolume1",
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
                      "scsiEUIDeviceID": "6a79617900000001f47acc0100000000",
                      "scsiNAADeviceID": "6f47acc1000000006a79617900000001",
                      "sliceCount": 1,
                      "status": "active",
                      "totalSize": 5000658944,
                      "virtualVolumeID": null,
                      "volumeAccessGroups": [],
                      "volumeID": 1,
                      "volumePairs": []
                  }
              ]
          }
      }
      """
