@element @imported @since:9.6
Feature: AddLdapClusterAdmin — AddLdapClusterAdmin
  Imported by conform import from the element reference page "AddLdapClusterAdmin". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "AddLdapClusterAdmin" request:
      """
      {
        "method": "AddLdapClusterAdmin",
        "params": {"username":"cn=mike jones,ou=ptusers,dc=prodtest,dc=solidfire,dc=net",
          "access": ["administrator", "read"
          ]
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
       "result": {}
      }
      """
