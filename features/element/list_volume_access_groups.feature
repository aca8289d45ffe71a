@element @imported @since:9.6
Feature: ListVolumeAccessGroups — ListVolumeAccessGroups
  Imported by conform import from the element reference page "ListVolumeAccessGroups". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListVolumeAccessGroups" request:
      """
      {
         "method": "ListVolumeAccessGroups",
         "params": {
            "startVolumeAccessGroupID": 3,
            "limit"   : 1
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
          "volumeAccessGroups": [
            {
              "attributes": {},
              "deletedVolumes": [],
              "initiatorIDs": [],
              "initiators": [],
              "name": "example1",
              "volumeAccessGroupID": 3,
              "volumes": []
            }
          ]
        }
      }
      """
