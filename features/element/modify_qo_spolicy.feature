@element @imported @since:10.0
Feature: ModifyQoSPolicy — ModifyQoSPolicy
  Imported by conform import from the element reference page "ModifyQoSPolicy". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifyQoSPolicy" request:
      """
      {
        "id": 1950,
        "method": "ModifyQoSPolicy",
        "params": {
          "qosPolicyID": 2,
          "qos": {
            "minIOPS": 51,
            "maxIOPS": 15002,
            "burstIOPS": 15002
          }
        }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
        "id": 1950,
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
