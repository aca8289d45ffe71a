@element @imported @since:9.6
Feature: SetConfig — SetConfig
  Imported by conform import from the element reference page "SetConfig". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "SetConfig" request:
      """
      {
      	"method": "SetConfig",
      	"params": {
      		"cluster": {
      			"name": "MyHostname"
      		},
      		"network": {
      			"Bond10G": {
      				"bond-mode": "ALB"
      			}
      		}
      	}
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
