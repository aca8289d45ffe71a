@element @imported @since:9.6
Feature: GetClusterState — GetClusterState
  Imported by conform import from the element reference page "GetClusterState". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetClusterState" request:
      """
      {
         "method": "GetClusterState",
         "params": {},
         "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
