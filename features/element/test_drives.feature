@element @imported @since:9.6
Feature: TestDrives — TestDrives
  Imported by conform import from the element reference page "TestDrives". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "TestDrives" request:
      """
      {
         "method": "TestDrives",
         "params": {
                    "force": true,
                    "minutes" : 10
                   },
         "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
