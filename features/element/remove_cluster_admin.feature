@element @imported @since:9.6
Feature: RemoveClusterAdmin — RemoveClusterAdmin
  Imported by conform import from the element reference page "RemoveClusterAdmin". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "RemoveClusterAdmin" request:
      """
      {
         "method": "RemoveClusterAdmin",
         "params": {
           "clusterAdminID"  : 2
         },
         "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
