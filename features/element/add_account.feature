@element @imported @since:9.6
Feature: AddAccount — AddAccount
  Imported by conform import from the element reference page "AddAccount". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "AddAccount" request:
      """
      {
      	"method": "AddAccount",
          "params": {
           "username"  : "bobsmith",
           "initiatorSecret" : "168[#5A757ru268)",
           "targetSecret" : "tlt&lt;,8TUYa7bC",
           "attributes" : {
             "billingcode" : 2345
           }
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
        "id": 1,
        "result": {
          "account": {
            "accountID": 90,
            "attributes": {
              "billingcode": 2345
            },
            "initiatorSecret": "168[#5A757ru268)",
            "status": "active",
            "storageContainerID": "00000000-0000-0000-0000-000000000000",
            "targetSecret": "tlt&lt;,8TUYa7bC",
            "username": "bobsmith",
            "volumes": [],
            "enableChap": true
          },
          "accountID": 90
        }
      }
      """
