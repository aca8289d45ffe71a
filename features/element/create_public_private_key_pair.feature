@element @imported @since:11.7
Feature: CreatePublicPrivateKeyPair — CreatePublicPrivateKeyPair
  Imported by conform import from the element reference page "CreatePublicPrivateKeyPair". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreatePublicPrivateKeyPair" request:
      """
      {
        "method": "CreatePublicPrivateKeyPair",
        "params": {
          "commonName": "Name",
          "country": "US",
          "emailAddress" : "email@domain.com"
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
