@element @imported @since:9.6
Feature: SecureEraseDrives — SecureEraseDrives
  Imported by conform import from the element reference page "SecureEraseDrives". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "SecureEraseDrives" request:
      """
      {
         "method": "SecureEraseDrives",
         "params": {
           "drives"  : [3, 4, 5]
         },
         "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
