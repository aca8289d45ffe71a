@element @imported @since:9.6
Feature: GetLdapConfiguration — GetLdapConfiguration
  Imported by conform import from the element reference page "GetLdapConfiguration". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetLdapConfiguration" request:
      """
      {
        "method": "GetLdapConfiguration",
        "params": {},
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
          "ldapConfiguration": {
              "authType": "SearchAndBind",
              "enabled": true,
              "groupSearchBaseDN": "dc=prodtest,dc=solidfire,dc=net",
              "groupSearchCustomFilter": "",
              "groupSearchType": "ActiveDirectory",
              "searchBindDN": "SFReadOnly@prodtest.solidfire.net",
              "serverURIs": [
                 "ldaps://111.22.333.444",
                 "ldap://555.66.777.888"
                  ],
              "userDNTemplate": "",
              "userSearchBaseDN": "dc=prodtest,dc=solidfire,dc=net",
              "userSearchFilter": "(&(objectClass=person)(sAMAccountName=%USERNAME%))"
           }
         }
      }
      """
