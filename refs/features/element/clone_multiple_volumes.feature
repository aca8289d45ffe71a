@element @since:9.6
Feature: CloneMultipleVolumes — CloneMultipleVolumes
  Imported by conform import from the element reference page "CloneMultipleVolumes". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CloneMultipleVolumes" request:
      """
      {
         "method": "CloneMultipleVolumes",
         "params": {
             "volumes": [
                 {
                    "volumeID": 5
                    "name":"foxhill",
                    "access":"readOnly"
                    },
                 {
                    "volumeID": 18
                    },
                 {
                   "volumeID": 20
                    }
           ]
         },
         "id": 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
        "id": 1,
        "result": {
          "asyncHandle": 12,
          "groupCloneID": 4,
          "members": [
           {
            "srcVolumeID": 5,
            "volumeID": 29
           },
           {
            "srcVolumeID": 18,
            "volumeID": 30
           },
           {
            "srcVolumeID": 20,
            "volumeID": 31
            }
          ]
        }
      }
      """
