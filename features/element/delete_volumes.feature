@element @imported @since:9.6
Feature: DeleteVolumes — DeleteVolumes
  Imported by conform import from the element reference page "DeleteVolumes". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "DeleteVolumes" request:
      """
      {
         "method": "DeleteVolumes",
         "params": {
            "accountIDs" : [1, 2, 3]
         },
         "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
