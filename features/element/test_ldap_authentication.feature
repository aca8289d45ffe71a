@element @imported @since:9.6
Feature: TestLdapAuthentication — TestLdapAuthentication
  Imported by conform import from the element reference page "TestLdapAuthentication". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "TestLdapAuthentication" request:
      """
      {
      "method": "TestLdapAuthentication",
      "params": {"username":"admin1",
                 "password":"admin1PASS"
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
          "groups": [
              "CN=StorageMgmt,OU=PTUsers,DC=prodtest,DC=solidfire,DC=net"
            ],
              "userDN": "CN=Admin1 Jones,OU=PTUsers,DC=prodtest,DC=solidfire,DC=net"
        }
      }
      """
