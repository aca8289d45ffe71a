@element @since:9.6
Feature: SetSnmpACL — SetSnmpACL
  Imported by conform import from the element reference page "SetSnmpACL". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "SetSnmpACL" request:
      """
      {
        "method": "SetSnmpACL",
        "params": {
          "usmUsers"  : [
            {
               "name": "jdoe",
               "access": "rouser",
               "secLevel": "priv",
               "password": "mypassword",
               "passphrase": "mypassphrase",
            }
          ]
        },
        "id" : 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
        "id" : 1,
        "result" : {}
      }
      """
