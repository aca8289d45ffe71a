@element @imported @since:11.7
Feature: AddKeyServerToProviderKmip — AddKeyServerToProviderKmip
  Imported by conform import from the element reference page "AddKeyServerToProviderKmip". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "AddKeyServerToProviderKmip" request:
      """
      {
        "method": "AddKeyServerToProviderKmip",
        "params": {
          "keyProviderID": 1,
          "keyServerID": 15
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
         "result":
            {}
          }
      """
