@element @imported @since:10.3
Feature: EnableClusterSsh — EnableClusterSsh
  Imported by conform import from the element reference page "EnableClusterSsh". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "EnableClusterSsh" request:
      """
      {
        "method": "EnableClusterSsh",
        "params": {
            "duration"  : "02:00:00.00"
        },
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
      	"result" : {
          "enabled": true,
          "timeRemaining": "00:43:21",
          "nodes": [
          {
              "nodeID": 1,
              "enabled": true
          },
          {
              "nodeID": 2,
              "enabled": true
          },
          {
              "nodeID": 3,
              "enabled": false
          },
          {
              "nodeID": 4,
              "enabled": false
          } ]
      			}
      	}
      """
