@element @imported @since:9.6
Feature: AddNodes — AddNodes
  Imported by conform import from the element reference page "AddNodes". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "AddNodes" request:
      """
      {
         "method": "AddNodes",
         "params": {
           "autoInstall" : true,
           "pendingNodes" : [1]
         },
         "id":1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
