@element @imported @since:12.0
Feature: DeleteAuthSession — DeleteAuthSession
  Imported by conform import from the element reference page "DeleteAuthSession". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "DeleteAuthSession" request:
      """
      {
          "method": "DeleteAuthSession",
          "params": {
              "sessionID": "a862a8bb-2c5b-4774-a592-2148e2304713"
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
              "session": {
                  "accessGroupList": [
                      "administrator"
                  ],
                  "authMethod": "Cluster",
                  "clusterAdminIDs": [
                      1
                  ],
                  "finalTimeout": "2020-04-09T17:51:30Z",
                  "idpConfigVersion": 0,
                  "lastAccessTimeout": "2020-04-06T18:21:33Z",
                  "sessionCreationTime": "2020-04-06T17:51:30Z",
                  "sessionID": "a862a8bb-2c5b-4774-a592-2148e2304713",
                  "username": "admin"
              }
          }
      }
      """
