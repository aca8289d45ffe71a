@element @imported @since:12.0
Feature: GetIdpAuthenticationState — GetIdpAuthenticationState
  Imported by conform import from the element reference page "GetIdpAuthenticationState". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetIdpAuthenticationState" request:
      """
      {
        "method": "GetIdpAuthenticationState"
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
        "result": {"enabled": true}
      }
      """
