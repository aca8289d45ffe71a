@element @imported @since:9.6
Feature: ModifyVolumeAccessGroup — ModifyVolumeAccessGroup
  Imported by conform import from the element reference page "ModifyVolumeAccessGroup". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifyVolumeAccessGroup" request:
      """
      {
         "method": "ModifyVolumeAccessGroup",
         "params": {
            "volumeAccessGroupID": 96,
            "name": "accessgrouptest",
            "initiators": [115,114],
            "volumes": [
               346
          ],
            "attributes": {}
         }
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
          "volumeAccessGroup": {
            "attributes": {},
            "deletedVolumes": [
              327
            ],
            "initiatorIDs": [
              114,
              115
            ],
            "initiators": [
              "iqn.1998-01.com.vmware:desk1-esx1-577b283a",
              "iqn.1998-01.com.vmware:donesq-esx1-421b281b"
            ],
            "name": "accessgrouptest",
            "volumeAccessGroupID": 96,
            "volumes": [
              346
            ]
          }
        }
      }
      """
