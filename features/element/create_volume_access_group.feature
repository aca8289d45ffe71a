@element @imported @since:9.6
Feature: CreateVolumeAccessGroup — CreateVolumeAccessGroup
  Imported by conform import from the element reference page "CreateVolumeAccessGroup". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreateVolumeAccessGroup" request:
      """
      {
         "method": "CreateVolumeAccessGroup",
         "params": {
            "name": "myaccessgroup",
            "initiators": ["iqn.1993-08.org.debian: 01: a31b1d799d5c"],
            "volumes": [327],
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
            "deletedVolumes": [],
            "initiatorIDs": [
              95
            ],
            "initiators": [
              "iqn.1993-08.org.debian: 01: a31b1d799d5c"
            ],
            "name": "myaccessgroup",
            "volumeAccessGroupID": 96,
            "volumes": [
              327
            ]
          },
          "volumeAccessGroupID": 96
        }
      }
      """
