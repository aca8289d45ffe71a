@element @since:9.6
Feature: Element errors — what the API answers when a call cannot succeed
  A JSON-RPC error comes back as HTTP 200 with an error object {code, name,
  message} and no result; missing credentials are refused by HTTP itself.

  Scenario: an unknown method gets an error object and no result
    Given the "element" API
    When I send the documented "StartClusterPairing" request with "/method" set to "NoSuchMethod":
      """
      {
        "method": "StartClusterPairing",
        "params": {
        },
        "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC error named "xUnknownAPIMethod"

  Scenario: a request without Basic credentials is refused
    Given the "element" API
    When I send the documented "StartClusterPairing" request without credentials:
      """
      {
        "method": "StartClusterPairing",
        "params": {
        },
        "id" : 1
      }
      """
    Then the changed request is rejected with status 401
