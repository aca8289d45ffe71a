@element @imported @since:11.0
Feature: ListProtectionDomainLevels — ListProtectionDomainLevels
  Imported by conform import from the element reference page "ListProtectionDomainLevels". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListProtectionDomainLevels" request:
      """
      {
        "method": "ListProtectionDomainLevels",
        "params": {},
        "id" : 1
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
      		"protectionDomainLevels": [
      			{
      				"protectionDomainType": "node",
      				"resiliency": {
      					"protectionSchemeResiliencies": [
      							{
      								"protectionScheme": "doubleHelix",
      								"sustainableFailuresForBlockData": 0,
      								"sustainableFailuresForMetadata": 1
      							}
      					],
      					"singleFailureThresholdBytesForBlockData": 0,
      					"sustainableFailuresForEnsemble": 1
      				},
      				"tolerance": {
      					"protectionSchemeTolerances": [
      							{
      								"protectionScheme": "doubleHelix",
      								"sustainableFailuresForBlockData": 0,
      								"sustainableFailuresForMetadata": 1
      							}
      					],
      					"sustainableFailuresForEnsemble": 1
      				}
      			},
      			{
      				"protectionDomainType": "chassis",
      				"resiliency": {
      					"protectionSchemeResiliencies": [
      							{
      								"protectionScheme": "doubleHelix",
      								"sustainableFailuresForBlockData": 0,
      								"sustainableFailuresForMetadata": 1
      							}
      					],
      					"singleFailureThresholdBytesForBlockData": 0,
      					"sustainableFailuresForEnsemble": 1
      				},
      				"tolerance": {
      					"protectionSchemeTolerances": [
      							{
      								"protectionScheme": "doubleHelix",
      								"sustainableFailuresForBlockData": 0,
      								"sustainableFailuresForMetadata": 1
      							}
      					],
      					"sustainableFailuresForEnsemble": 1
      				}
      			}
      		]
      	}
      }
      """
