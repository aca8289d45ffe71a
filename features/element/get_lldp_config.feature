@element @imported
Feature: GetLldpConfig — GetLldpConfig
  Imported by conform import from the element reference page "GetLldpConfig". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetLldpConfig" request:
      """
      {
         "method": "GetLldpConfig",
         "id" : 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
      	"id": null,
      		"result": {
      			"lldpConfig": {
      				"enableLldp": true,
      				"enableMed": false,
      				"enableOtherProtocols": true
      		}
      	}
      }
      """
