@element @imported @since:11.0
Feature: CheckProposedNodeAdditions — CheckProposedNodeAdditions
  Imported by conform import from the element reference page "CheckProposedNodeAdditions". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CheckProposedNodeAdditions" request:
      """
      {
      	"method": "CheckProposedNodeAdditions",
      	"params": {
      	"nodes": [
      		"192.168.1.11",
      		"192.168.1.12",
      		"192.168.1.13",
      		"192.168.1.14"
      	]
      },
      	"id": 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
      	"id": 1,
      	"result": {
      		"proposedClusterValid": true,
      		"proposedClusterErrors": [ ]
      	}
      }
      """
