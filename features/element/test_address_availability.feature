@element @imported @since:11.0
Feature: TestAddressAvailability — TestAddressAvailability
  Imported by conform import from the element reference page "TestAddressAvailability". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "TestAddressAvailability" request:
      """
      {
      	"method": "TestAddressAvailability",
      	"params": {
      		"interface": "Bond10G",
      		"address": "10.0.0.1",
      		"virtualNetworkTag": 1234
      	}
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
      		"address":"10.0.0.1",
      		"available": true
      	}
      }
      """
