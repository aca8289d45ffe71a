@element @imported @since:10.3
Feature: GetClusterStructure — GetClusterStructure
  Imported by conform import from the element reference page "GetClusterStructure". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetClusterStructure" request:
      """
      {
        "method": "GetClusterStructure",
        "params": {},
        "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
