@element @imported @since:10.0
Feature: CreateQoSPolicy — CreateQoSPolicy
  Imported by conform import from the element reference page "CreateQoSPolicy". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreateQoSPolicy" request:
      """
      {
        "id": 68,
        "method": "CreateQoSPolicy",
        "params": {
          "name": "bronze",
          "qos": {
            "minIOPS": 50,
            "maxIOPS": 15000,
            "burstIOPS": 15000
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
        "id": 68,
        "result": {
          "qosPolicy": {
            "name": "bronze",
            "qos": {
              "burstIOPS": 15000,
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
              "maxIOPS": 15000,
              "minIOPS": 50
            },
            "qosPolicyID": 2,
            "volumeIDs": []
          }
        }
      }
      """
