@element @imported @since:9.6
Feature: EnableLdapAuthentication — EnableLdapAuthentication
  Imported by conform import from the element reference page "EnableLdapAuthentication". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "EnableLdapAuthentication" request:
      """
      {
        "method": "EnableLdapAuthentication",
        "params": {
           "authType": "SearchAndBind",
           "groupSearchBaseDN": "dc=prodtest,dc=solidfire,dc=net",
           "groupSearchType": "ActiveDirectory",
           "searchBindDN": "SFReadOnly@prodtest.solidfire.net",
           "searchBindPassword": "zsw@#edcASD12",
           "sslCert": "",
           "userSearchBaseDN": "dc=prodtest,dc=solidfire,dc=net",
           "userSearchFilter": "(&(objectClass=person)(sAMAccountName=%USERNAME%))",
           "serverURIs":[
                 "ldaps://111.22.333.444",
                 "ldap://555.66.777.888"
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
      "result": {
        }
      }
      """
