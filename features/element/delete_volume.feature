@element @imported @since:9.6
Feature: DeleteVolume — DeleteVolume
  Imported by conform import from the element reference page "DeleteVolume". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "DeleteVolume" request:
      """
      {
         "method": "DeleteVolume",
         "params": {
            "volumeID"  : 5
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
          "volume": {
            "access": "readWrite",
            "accountID": 1,
            "attributes": {
              "name1": "value1",
              "name2": "value2",
              "name3": "value3"
            },
            "blockSize": 4096,
            "createTime": "2016-03-28T16:16:13Z",
            "deleteTime": "2016-03-31T22:59:42Z",
            "enable512e": true,
            "iqn": "iqn.2010-01.com.solidfire:jyay.1459181777648.5",
            "name": "1459181777648",
            "purgeTime": "2016-04-01T06:59:42Z",
            "qos": {
              "burstIOPS": 150,
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
              "maxIOPS": 100,
              "minIOPS": 60
            },
            "scsiEUIDeviceID": "6a79617900000005f47acc0100000000",
            "scsiNAADeviceID": "6f47acc1000000006a79617900000005",
            "sliceCount": 1,
            "status": "deleted",
            "totalSize": 1000341504,
            "virtualVolumeID": null,
            "volumeAccessGroups": [
              1
            ],
            "volumeID": 5,
            "volumePairs": []
          }
        }
      }
      """
