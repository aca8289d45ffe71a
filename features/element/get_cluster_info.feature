@element @imported @since:9.6
Feature: GetClusterInfo — GetClusterInfo
  Imported by conform import from the element reference page "GetClusterInfo". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetClusterInfo" request:
      """
      {
         "method": "GetClusterInfo",
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
          "id": null,
          "result": {
              "clusterInfo": {
                  "attributes": {},
                  "defaultProtectionScheme": "doubleHelix",
                  "enabledProtectionSchemes": [
                      "doubleHelix"
                  ],
                  "encryptionAtRestState": "disabled",
                  "ensemble": [
                      "10.10.10.32",
                      "10.10.10.33",
                      "10.10.10.34",
                      "10.10.10.35",
                      "10.10.10.36"
                  ],
                  "mvip": "10.10.11.225",
                  "mvipInterface": "Bond1G",
                  "mvipNodeID": 1,
                  "mvipVlanTag": "0",
                  "name": "ClusterName",
                  "repCount": 2,
                  "softwareEncryptionAtRestState": "disabled",
                  "supportedProtectionSchemes": [
                      "doubleHelix"
                  ],
                  "svip": "10.10.10.111",
                  "svipInterface": "Bond10G",
                  "svipNodeID": 1,
                  "svipVlanTag": "0",
                  "uniqueID": "ahf7",
                  "uuid": "bcfd04b6-9151-4b3a-a6fa-bca22dd145cd",
                  "volumeLoadBalanceOnActualIopsState": "enabled"
              }
          }
      }
      """
