@element @imported @since:9.6
Feature: ListVolumesForAccount — ListVolumesForAccount
  Imported by conform import from the element reference page "ListVolumesForAccount". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListVolumesForAccount" request:
      """
      {
         "method": "ListVolumesForAccount",
         "params": {
            "accountID"  : 1
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
                      "createTime": "2018-07-22T16:15:25Z",
                      "deleteTime": "",
                      "enable512e": false,
                      "iqn": "iqn.2010-01.com.solidfire:0oto.test1.25",
                      "name": "test1",
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
                      "scsiEUIDeviceID": "306f746f00000019f47acc0100000000",
                      "scsiNAADeviceID": "6f47acc100000000306f746f00000019",
                      "sliceCount": 1,
                      "status": "active",
                      "totalSize": 1000341504,
                      "virtualVolumeID": null,
                      "volumeAccessGroups": [],
                      "volumeID": 25,
                      "volumePairs": []
                  }
              ]
          }
      }
      """
