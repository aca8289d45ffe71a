@element @imported @since:9.6
Feature: ModifyVolumeAccessGroupLunAssignments — ModifyVolumeAccessGroupLunAssignments
  Imported by conform import from the element reference page "ModifyVolumeAccessGroupLunAssignments". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifyVolumeAccessGroupLunAssignments" request:
      """
      {
         "method": "ModifyVolumeAccessGroupLunAssignments",
         "params": {
             "volumeAccessGroupID" : 218,
             "lunAssignments" : [
                 {"volumeID" : 832, "lun" : 0},
                 {"volumeID" : 834, "lun" : 1}
              ]
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
          "volumeAccessGroupLunAssignments": {
            "deletedLunAssignments": [],
            "lunAssignments": [
              {
                "lun": 0,
                "volumeID": 832
              },
              {
                "lun": 1,
                "volumeID": 834
              }
            ],
            "volumeAccessGroupID": 218
          }
        }
      }
      """
