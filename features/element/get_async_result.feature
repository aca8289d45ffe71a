@element @imported @since:9.6
Feature: GetAsyncResult — GetAsyncResult
  Imported by conform import from the element reference page "GetAsyncResult". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetAsyncResult" request:
      """
      {
        "method": "GetAsyncResult",
        "params": {
            "asyncHandle" : 389
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
         "error": {
            "code": 500,
            "message": "DBClient operation requested on a non-existent path at [/asyncresults/1]",
            "name": "xDBNoSuchPath"
         },
         "id": 1
      }
      """
