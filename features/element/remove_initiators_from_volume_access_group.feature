@element @imported @since:9.6
Feature: RemoveInitiatorsFromVolumeAccessGroup — RemoveInitiatorsFromVolumeAccessGroup
  Imported by conform import from the element reference page "RemoveInitiatorsFromVolumeAccessGroup". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "RemoveInitiatorsFromVolumeAccessGroup" request:
      """
      {
        "id": 13171,
        "method": "RemoveInitiatorsFromVolumeAccessGroup",
        "params": {
          "initiators": [114,115],
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
            "initiatorIDs": [],
            "initiators": [],
            "name": "test",
            "volumeAccessGroupID": 96,
            "volumes": [
              346
            ]
          }
        }
      }
      """
