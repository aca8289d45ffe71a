@element @imported @since:9.6
Feature: ListAllNodes — ListAllNodes
  Imported by conform import from the element reference page "ListAllNodes". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListAllNodes" request:
      """
      {
         "method": "ListAllNodes",
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
      				"associatedFServiceID": 0,
      				"associatedMasterServiceID": 1,
      				"attributes": {},
      				"chassisName": "CT5TV12",
      				"cip": "10.1.1.1",
      				"cipi": "Bond10G",
      				"fibreChannelTargetPortGroup": null,
      				"mip": "10.1.1.1",
      				"mipi": "Bond1G",
      				"name": "NLABP0704",
      				"nodeID": 1,
      				"nodeSlot": "",
      				"platformInfo": {
      					"chassisType": "R620",
      					"cpuModel": "Intel",
      					"nodeMemoryGB": 72,
      					"nodeType": "SF3010",
      					"platformConfigVersion": "0.0.0.0"
      				},
      				"sip": "10.1.1.1",
      				"sipi": "Bond10G",
      				"softwareVersion": "11.0",
      				"uuid": "4C4C4544-0054",
      				"virtualNetworks": []
      			}
      		],
      		"pendingActiveNodes": [],
      		"pendingNodes": []
      	}
      }
      """
