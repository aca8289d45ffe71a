@element @imported @since:9.6
Feature: SetNetworkConfig — SetNetworkConfig
  Imported by conform import from the element reference page "SetNetworkConfig". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "SetNetworkConfig" request:
      """
      {
      	"method": "SetNetworkConfig",
      		"params": {
      			"network": {
      				"Bond10G": {
      					"bond-mode": "ALB"
      				},
      				"Bond1G": {
      					"netmask": "255.255.224.0"
      				},
      				"eth0": {
      					"method": "bond"
      				},
      				"lo": {
      					"method": "loopback"
      				}
      			}
      		}
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
