@element @imported @since:9.6
Feature: ListInitiators — ListInitiators
  Imported by conform import from the element reference page "ListInitiators". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListInitiators" request:
      """
      {
         "method": "ListInitiators",
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
        "id": 1,
        "result": {
          "initiators": [
            {
              "alias": "",
              "attributes": {},
              "initiatorID": 2,
              "initiatorName": "iqn.1993-08.org.debian:01:c84ffd71216",
              "volumeAccessGroups": [
                1
              ]
            }
          ]
        }
      }
      """
