@element @imported
Feature: GetDriveConfig — GetDriveConfig
  Imported by conform import from the element reference page "GetDriveConfig". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetDriveConfig" request:
      """
      {
         "method": "GetDriveConfig",
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
      			"driveConfig": {
      					"drives": [
      						{
      							"canonicalName": "sda",
      							"connected": true,
      							"dev": 2052,
      							"devPath": "/dev/sdimm0p4",
      							"driveType": "Slice",
      							"name": "scsi-SATA_VRFSD3400GNCVMT205581853-part4",
      							"path": "/dev/sda4",
      							"pathLink": "/dev/sdimm0p4",
      							"product": "VRFSD3400GNCVMTKS1",
      							"scsiCompatId": "scsi-SATA_VRFSD3400GNCVMT205581853-part4",
      							"scsiState": "Running",
      							"securityAtMaximum": false,
      							"securityEnabled": false,
      							"securityFrozen": true,
      							"securityLocked": false,
      							"securitySupported": true,
      							"serial": "205581853",
      							"size": 299988156416,
      							"slot": -1,
      							"uuid": "9d4b198b-5ff9-4f7c-04fc-3bc4e2f38974",
      							"vendor": "Viking",
      							"version": "612ABBF0"
      						}
      					],
      					"numBlockActual": 10,
      					"numBlockExpected": 10,
      					"numSliceActual": 1,
      					"numSliceExpected": 1,
      					"numTotalActual": 11,
      					"numTotalExpected": 11
      			}
      	}
      }
      """
