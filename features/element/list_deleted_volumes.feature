@element @imported @since:9.6
Feature: ListDeletedVolumes — ListDeletedVolumes
  Imported by conform import from the element reference page "ListDeletedVolumes". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListDeletedVolumes" request:
      """
      {
         "method": "ListDeletedVolumes",
         "params": {},
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
                      "accountID": 2,
                      "attributes": {},
                      "blockSize": 4096,
                      "createTime": "2018-06-24T03:13:13Z",
                      "deleteTime": "2018-07-22T16:12:39Z",
                      "enable512e": true,
                      "iqn": "iqn.2010-01.com.solidfire:0oto.deletethis.23",
                      "name": "deleteThis",
                      "purgeTime": "2016-07-23T00:12:39Z",
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
                      "scsiEUIDeviceID": "306f746f00000017f47acc0100000000",
                      "scsiNAADeviceID": "6f47acc100000000306f746f00000017",
                      "sliceCount": 1,
                      "status": "deleted",
                      "totalSize": 1396703232,
                      "virtualVolumeID": null,
                      "volumeAccessGroups": [],
                      "volumeID": 23,
                      "volumePairs": []
                  }
              ]
          }
      }
      """
