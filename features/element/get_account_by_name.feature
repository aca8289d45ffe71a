@element @imported @since:9.6
Feature: GetAccountByName — GetAccountByName
  Imported by conform import from the element reference page "GetAccountByName". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetAccountByName" request:
      """
      {
         "method": "GetAccountByName",
         "params": {
           "username"  : "jimmyd"
         },
         "id" : 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
          "account": {
              "attributes": {},
              "username": "jimmyd",
              "targetSecret": "targetsecret",
              "volumes": [],
              "enableChap": true,
              "status": "active",
              "accountID": 1,
              "storageContainerID": "abcdef01-1234-5678-90ab-cdef01234567",
              "initiatorSecret": "initiatorsecret"
          }
      }
      """
