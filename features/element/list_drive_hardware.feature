@element @imported @since:9.6
Feature: ListDriveHardware — ListDriveHardware
  Imported by conform import from the element reference page "ListDriveHardware". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListDriveHardware" request:
      """
      {
      "method": "ListDriveHardware",
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
          "driveHardware": [
            {
              "canonicalName": "sda",
              "connected": true,
              "dev": 2048,
              "devPath": "/dev/slot0",
              "driveEncryptionCapability": "fips",
              "driveType": "Slice",
              "lifeRemainingPercent": 98,
              "lifetimeReadBytes": 0,
              "lifetimeWriteBytes": 14012129542144,
              "name": "scsi-SATA_SAMSUNG_MZ7GE24S1M9NWAG501251",
              "path": "/dev/sda",
              "pathLink": "/dev/slot0",
              "powerOnHours": 15489,
              "product": "SAMSUNG MZ7GE240HMGR-00003",
              "reallocatedSectors": 0,
              "reserveCapacityPercent": 100,
              "scsiCompatId": "scsi-SATA_SAMSUNG_MZ7GE24S1M9NWAG501251",
              "scsiState": "Running",
              "securityAtMaximum": false,
              "securityEnabled": true,
              "securityFrozen": false,
              "securityLocked": false,
              "securitySupported": true,
              "serial": "S1M9NWAG501251",
              "size": 240057409536,
              "slot": 0,
              "uncorrectableErrors": 0,
              "uuid": "789aa05d-e49b-ff4f-f821-f60eed8e43bd",
              "vendor": "Samsung",
              "version": "EXT1303Q"
            }
         ]
      }
      }
      """
