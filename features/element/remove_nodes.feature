@element @imported @since:9.6
Feature: RemoveNodes — RemoveNodes
  Imported by conform import from the element reference page "RemoveNodes". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "RemoveNodes" request:
      """
      {
         "method": "RemoveNodes",
         "params": {
           "nodes"  : [3,4,5]
         },
         "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
