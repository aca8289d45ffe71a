@element @imported
Feature: GetNodeSupportedTlsCiphers — GetNodeSupportedTlsCiphers
  Imported by conform import from the element reference page "GetNodeSupportedTlsCiphers". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetNodeSupportedTlsCiphers" request:
      """
      {
        "method": "GetNodeSupportedTlsCiphers",
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
        "id" : 1,
        "result" : {
      	"defaultSupplementalCiphers": [
      		"DHE-RSA-AES128-SHA256",
      		"DHE-RSA-AES128-GCM-SHA256",
      		"ECDHE-RSA-AES128-SHA256",
      		"ECDHE-RSA-AES128-GCM-SHA256"
      	],
      	"mandatoryCiphers": [
      		"DHE-RSA-AES256-SHA256",
      		"DHE-RSA-AES256-GCM-SHA384",
      		"ECDHE-RSA-AES256-SHA384",
      		"ECDHE-RSA-AES256-GCM-SHA384"
      	],
      	"supportedSupplementalCiphers": [
      		"DHE-RSA-AES128-SHA256",
      		"DHE-RSA-AES128-GCM-SHA256",
      		"ECDHE-RSA-AES128-SHA256",
      		"ECDHE-RSA-AES128-GCM-SHA256",
      		"DHE-RSA-AES256-SHA",
      		"ECDHE-RSA-AES256-SHA",
      		"DHE-RSA-CAMELLIA256-SHA",
      		"DHE-RSA-AES128-SHA",
      		"ECDHE-RSA-AES128-SHA",
      		"DHE-RSA-CAMELLIA128-SHA"
      	]
      }
      }
      """
