@element @imported @since:9.6
Feature: ModifyAccount — ModifyAccount
  Imported by conform import from the element reference page "ModifyAccount". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifyAccount" request:
      """
      {
         "method": "ModifyAccount",
         "params": {
           "accountID"  : 25,
           "status"   : "locked",
           "attributes" : {}
         },
         "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
