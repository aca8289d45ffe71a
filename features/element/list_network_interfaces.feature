@element @imported @since:9.6
Feature: ListNetworkInterfaces — ListNetworkInterfaces
  Imported by conform import from the element reference page "ListNetworkInterfaces". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListNetworkInterfaces" request:
      """
      {
      "method": "ListNetworkInterfaces",
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
      		"nodes": [
      			{
      				"nodeID": 1,
      				"result": {
      					"interfaces": [
      						{
      							"address": "10.117.80.32",
      							"addressV6": "::",
      							"broadcast": "10.117.95.255",
      							"macAddress": "90:b1:1c:42:e0:1a",
      							"mtu": 9000,
      							"name": "Bond10G",
      							"namespace": false,
      							"netmask": "255.255.240.0",
      							"status": "UpAndRunning",
      							"type": "BondMaster",
      							"virtualNetworkTag": 0
      						},
      						{
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
      						},
      						{
      							"address": "0.0.0.0",
      							"addressV6": "::",
      							"broadcast": "0.0.0.0",
      							"macAddress": "90:b1:1c:42:e0:1a",
      							"mtu": 9000,
      							"name": "eth0",
      							"namespace": false,
      							"netmask": "0.0.0.0",
      							"status": "UpAndRunning",
      							"type": "BondSlave",
      							"virtualNetworkTag": 0
      						},
      						{
      							"address": "127.0.0.1",
      							"addressV6": "::",
      							"broadcast": "0.0.0.0",
      							"macAddress": "00:00:00:00:00:00",
      							"mtu": 0,
      							"name": "lo",
      							"namespace": false,
      							"netmask": "0.0.0.0",
      							"status": "UpAndRunning",
      							"type": "Loopback",
      							"virtualNetworkTag": 0
      						}
      					]
      				}
      			}
      		]
      	}
      }
      """
