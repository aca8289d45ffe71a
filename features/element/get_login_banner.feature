@element @imported @since:10.0
Feature: GetLoginBanner — GetLoginBanner
  Imported by conform import from the element reference page "GetLoginBanner". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetLoginBanner" request:
      """
      {
        "id": 3411,
        "method": "GetLoginBanner",
        "params": {}
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
        "id": 3411,
        "result": {
          "loginBanner": {
            "banner": "Welcome to NetApp!",
            "enabled": false
          }
        }
      }
      """
