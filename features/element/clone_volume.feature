@element @imported @since:9.6
Feature: CloneVolume — CloneVolume
  Imported by conform import from the element reference page "CloneVolume". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CloneVolume" request:
      """
      {
         "method": "CloneVolume",
         "params": {
            "volumeID" : 5,
            "name"  : "mysqldata-snapshot1",
            "access" : "readOnly"
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
            "asyncHandle": 42,
            "cloneID": 37,
            "volume": {
                "access": "readOnly",
                "accountID": 1,
                "attributes": {},
                "blockSize": 4096,
                "createTime": "2016-03-31T22:26:03Z",
                "deleteTime": "",
                "enable512e": true,
                "iqn": "iqn.2010-01.com.solidfire:jyay.mysqldata-snapshot1.680",
                "name": "mysqldata-snapshot1",
                "purgeTime": "",
                "qos": {
                    "burstIOPS": 100,
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
                    "minIOPS": 50
                },
                "scsiEUIDeviceID": "6a796179000002a8f47acc0100000000",
                "scsiNAADeviceID": "6f47acc1000000006a796179000002a8",
                "sliceCount": 0,
                "status": "init",
                "totalSize": 1000341504,
                "virtualVolumeID": null,
                "volumeAccessGroups": [],
                "volumeID": 680,
                "volumePairs": []
            },
            "volumeID": 680
        }
      }
      """
