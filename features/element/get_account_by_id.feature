@element @imported @since:9.6
Feature: GetAccountByID — GetAccountByID
  Imported by conform import from the element reference page "GetAccountByID". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetAccountByID" request:
      """
      {
         "method": "GetAccountByID",
         "params": {
           "accountID"  : 3
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
              "username": "account3",
              "targetSecret": "targetsecret",
              "volumes": [],
              "enableChap": true,
              "status": "active",
              "accountID": 3,
              "storageContainerID": "abcdef01-1234-5678-90ab-cdef01234567",
              "initiatorSecret": "initiatorsecret"
          }
      }
      """
