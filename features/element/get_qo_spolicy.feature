@element @imported @since:10.0
Feature: GetQoSPolicy — GetQoSPolicy
  Imported by conform import from the element reference page "GetQoSPolicy". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetQoSPolicy" request:
      """
      {
      	"method": "GetQoSPolicy",
          "params": {
          	"qosPolicyID": 2
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
          "qosPolicy": {
            "name": "bronze",
            "qos": {
              "burstIOPS": 15002,
              "burstTime": 60,
              "curve": {
                "4096": 100,
                "8192": 160,
                "16384": 270,
                "32768": 500,
                "65536": 1000,
                "131072": 1950,
                "262144": 3900,
                "524288": 7600,
                "1048576": 15000
              },
              "maxIOPS": 15002,
              "minIOPS": 51
            },
            "qosPolicyID": 2,
            "volumeIDs": [
                2
            ]
          }
        }
      }
      """
