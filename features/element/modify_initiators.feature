@element @imported @since:9.6
Feature: ModifyInitiators — ModifyInitiators
  Imported by conform import from the element reference page "ModifyInitiators". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifyInitiators" request:
      """
      {
        "id": 6683,
        "method": "ModifyInitiators",
        "params": {
          "initiators": [
            {
              "initiatorID": 2,
              "alias": "alias1",
              "volumeAccessGroupID": null
            },
            {
              "initiatorID": 3,
              "alias": "alias2",
              "volumeAccessGroupID": 1
            }
          ]
        }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
        "id": 6683,
        "result": {
          "initiators": [
            {
              "alias": "alias1",
              "attributes": {},
              "initiatorID": 2,
              "initiatorName": "iqn.1993-08.org.debian:01:395543635",
              "volumeAccessGroups": []
            },
            {
              "alias": "alias2",
              "attributes": {},
              "initiatorID": 3,
              "initiatorName": "iqn.1993-08.org.debian:01:935573135",
              "volumeAccessGroups": [
                1
              ]
            }
          ]
        }
      }
      """
