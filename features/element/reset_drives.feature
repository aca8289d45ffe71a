@element @imported @since:9.6
Feature: ResetDrives — ResetDrives
  Imported by conform import from the element reference page "ResetDrives". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ResetDrives" request:
      """
      {
         "method": "ResetDrives",
         "params": {
            "drives" : "slot3",
            "force" : true
         },
         "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
