@element @imported @since:9.6
Feature: ListAccounts — ListAccounts
  Imported by conform import from the element reference page "ListAccounts". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListAccounts" request:
      """
      {
         "method": "ListAccounts",
         "params": {
           "startAccountID"  : 0,
           "limit" : 1000
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
         "result" : {
          "accounts": [
      	{
              "attributes": {},
              "username": "jamesw",
              "targetSecret": "168#5A757ru268)",
              "volumes": [],
              "enableChap": false,
              "status": "active",
              "accountID": 16,
              "storageContainerID": "abcdef01-1234-5678-90ab-cdef01234567",
              "initiatorSecret": "168#5A757ru268)"
          },
          {
              "attributes": {},
              "username": "jimmyd",
              "targetSecret": "targetsecret",
              "volumes": [],
              "enableChap": true,
              "status": "active",
              "accountID": 5,
              "storageContainerID": "abcdef01-1234-5678-90ab-cdef01234567",
              "initiatorSecret": "initiatorsecret"
          }
        ]
      }
      }
      """
