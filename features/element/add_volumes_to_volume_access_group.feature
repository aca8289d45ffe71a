@element @imported @since:9.6
Feature: AddVolumesToVolumeAccessGroup — AddVolumesToVolumeAccessGroup
  Imported by conform import from the element reference page "AddVolumesToVolumeAccessGroup". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "AddVolumesToVolumeAccessGroup" request:
      """
      {
         "method": "AddVolumesToVolumeAccessGroup",
         "params": {
            "volumeAccessGroupID": 96,
            "volumes": [1,2]
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
          "volumeAccessGroup": {
            "attributes": {},
            "deletedVolumes": [
              346
            ],
            "initiatorIDs": [
              116,
              117
            ],
            "initiators": [
              "iqn.1993-08.org.debian:01:181324777",
              "iqn.1993-08.org.debian:01:181324888"
            ],
            "name": "northbanktest",
            "volumeAccessGroupID": 96,
            "volumes": [
              1,
              2
            ]
          }
        }
      }
      """
