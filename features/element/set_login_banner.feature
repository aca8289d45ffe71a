@element @imported @since:10.0
Feature: SetLoginBanner — SetLoginBanner
  Imported by conform import from the element reference page "SetLoginBanner". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "SetLoginBanner" request:
      """
      {
        "id": 3920,
        "method": "SetLoginBanner",
        "params": {
          "banner": "Welcome to NetApp!",
          "enabled": true
        }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
        "id": 3920,
        "result": {
          "loginBanner": {
            "banner": "Welcome to NetApp!",
            "enabled": true
          }
        }
      }
      """
