@element @imported @since:9.6
Feature: AddInitiatorsToVolumeAccessGroup — AddInitiatorsToVolumeAccessGroup
  Imported by conform import from the element reference page "AddInitiatorsToVolumeAccessGroup". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "AddInitiatorsToVolumeAccessGroup" request:
      """
      {
        "id": 13171,
        "method": "AddInitiatorsToVolumeAccessGroup",
        "params": {
          "initiators": [116,117],
          "volumeAccessGroupID": 96
        }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
        "id": 13171,
        "result": {
          "volumeAccessGroup": {
            "attributes": {},
            "deletedVolumes": [
              327
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
              346
            ]
          }
        }
      }
      """
