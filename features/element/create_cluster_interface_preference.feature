@element @imported @since:11.0
Feature: CreateClusterInterfacePreference — CreateClusterInterfacePreference
  Imported by conform import from the element reference page "CreateClusterInterfacePreference". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreateClusterInterfacePreference" request:
      """
      {
      		"method": "CreateClusterInterfacePreference",
      		"params": {
      			"name": "prefname",
      			"value": "testvalue"
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
      	"result": {}
      }
      """
