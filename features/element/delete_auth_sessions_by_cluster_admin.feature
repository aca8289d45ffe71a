@element @imported @since:12.0
Feature: DeleteAuthSessionsByClusterAdmin — DeleteAuthSessionsByClusterAdmin
  Imported by conform import from the element reference page "DeleteAuthSessionsByClusterAdmin". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "DeleteAuthSessionsByClusterAdmin" request:
      """
      {
        "method": "DeleteAuthSessionsByClusterAdmin",
        "params": {
          "clusterAdminID": 1
        }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
      "sessions": [
            {
              "accessGroupList": [
                "administrator"
              ],
              "authMethod": "Cluster",
              "clusterAdminIDs": [
                1
              ],
              "finalTimeout": "2020-03-14T19:21:24Z",
              "idpConfigVersion": 0,
              "lastAccessTimeout": "2020-03-11T19:51:24Z",
              "sessionCreationTime": "2020-03-11T19:21:24Z",
              "sessionID": "b12bfc64-f233-44df-8b9f-6fb6c011abf7",
              "username": "admin"
            }
          ]
      }
      """
