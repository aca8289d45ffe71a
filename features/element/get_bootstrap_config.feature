@element @imported @since:9.6
Feature: GetBootstrapConfig — GetBootstrapConfig
  Imported by conform import from the element reference page "GetBootstrapConfig". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetBootstrapConfig" request:
      """
      {
         "method": "GetBootstrapConfig",
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
      	"id":1,
      	"result":{
      		"clusterName":"testname",
      		"nodeName":"testnode",
      		"svip": "10.117.1.5",
      		"mvip": "10.117.1.6",
      		"nodes":[
      			{
      				"chassisType":"R630",
      				"cip":"10.117.115.16",
      				"compatible":true,
      				"hostname":"NLABP1132",
      				"mip":"10.117.114.16",
      				"mipV6":"fd20:8b1e:b256:45a::16",
      				"nodeType":"SF2405",
      				"role":"Storage",
      				"version":"11.0"
      			},
      			{
      				"chassisType":"R630",
      				"cip":"10.117.115.17",
      				"compatible":true,
      				"hostname":"NLABP1133",
      				"mip":"10.117.114.17",
      				"mipV6":"fd20:8b1e:b256:45a::17",
      				"nodeType":"SF2405",
      				"role":"Storage",
      				"version":"11.0"
      			},
      			{
      				"chassisType":"R630",
      				"cip":"10.117.115.18",
      				"compatible":true,
      				"hostname":"NLABP1134",
      				"mip":"10.117.114.18",
      				"mipV6":"fd20:8b1e:b256:45a::18",
      				"nodeType":"SF2405",
      				"role":"Storage",
      				"version":"11.0"
      			}
      		],
      		"version":"11.0"
      	}
      }
      """
