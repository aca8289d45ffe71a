@element @imported @since:9.6
Feature: GetNetworkInterface — GetNetworkInterface
  Imported by conform import from the element reference page "GetNetworkInterface". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetNetworkInterface" request:
      """
      {
      	"method": "GetNetworkInterface",
      	"params": {
      		"interface": "Bond1G",
      		"force": true
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
      		"nodes": [
      			{
      				"nodeID": 1,
      				"result": {
      					"interface": {
      						"address": "10.117.64.32",
      						"addressV6": "::",
      						"broadcast": "10.117.79.255",
      						"macAddress": "90:b1:1c:42:e0:1e",
      						"mtu": 1500,
      						"name": "Bond1G",
      						"namespace": false,
      						"netmask": "255.255.240.0",
      						"status": "UpAndRunning",
      						"type": "BondMaster",
      						"virtualNetworkTag": 0
      					}
      				}
      			},
      			{
      				"nodeID": 2,
      				"result": {
      					"interface": {
      						"address": "10.117.64.35",
      						"addressV6": "::",
      						"broadcast": "10.117.79.255",
      						"macAddress": "d4:ae:52:7a:ae:23",
      						"mtu": 1500,
      						"name": "Bond1G",
      						"namespace": false,
      						"netmask": "255.255.240.0",
      						"status": "UpAndRunning",
      						"type": "BondMaster",
      						"virtualNetworkTag": 0
      					}
      				}
      			},
      			{
      				"nodeID": 3,
      				"result": {
      					"interface": {
      						"address": "10.117.64.39",
      						"addressV6": "::",
      						"broadcast": "10.117.79.255",
      						"macAddress": "c8:1f:66:f0:9d:17",
      						"mtu": 1500,
      						"name": "Bond1G",
      						"namespace": false,
      						"netmask": "255.255.240.0",
      						"status": "UpAndRunning",
      						"type": "BondMaster",
      						"virtualNetworkTag": 0
      					}
      				}
      			},
      			{
      				"nodeID": 4,
      				"result": {
      					"interface": {
      						"address": "10.117.64.107",
      						"addressV6": "::",
      						"broadcast": "10.117.79.255",
      						"macAddress": "b8:ca:3a:f5:24:f8",
      						"mtu": 1500,
      						"name": "Bond1G",
      						"namespace": false,
      						"netmask": "255.255.240.0",
      						"status": "UpAndRunning",
      						"type": "BondMaster",
      						"virtualNetworkTag": 0
      					}
      				}
      			}
      		]
      	}
      }
      """
