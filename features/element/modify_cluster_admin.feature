@element @imported @since:9.6
Feature: ModifyClusterAdmin — ModifyClusterAdmin
  Imported by conform import from the element reference page "ModifyClusterAdmin". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifyClusterAdmin" request:
      """
      {
         "method": "ModifyClusterAdmin",
         "params": {
           "clusterAdminID"  : 2,
           "password"   : "7925Brc429a"
         },
         "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
