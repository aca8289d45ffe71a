@element @imported @since:11.7
Feature: GetKeyServerKmip — GetKeyServerKmip
  Imported by conform import from the element reference page "GetKeyServerKmip". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetKeyServerKmip" request:
      """
      {
        "method": "GetKeyServerKmip",
        "params": {
           "keyServerID": 15
        },
      "id": 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
