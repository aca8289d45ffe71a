@element @imported @since:9.6
Feature: GetFeatureStatus — GetFeatureStatus
  Imported by conform import from the element reference page "GetFeatureStatus". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetFeatureStatus" request:
      """
      {
        "method": "GetFeatureStatus",
          "params": {
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
              "features": [
                  {
                      "enabled": true,
                      "feature": "Vvols"
                  },
                  {
                      "enabled": true,
                      "feature": "SnapMirror"
                  },
                  {
                      "enabled": true,
                      "feature": "Fips"
                  },
                  {
                      "enabled": true,
                      "feature": "FipsDrives"
                  },
                  {
                      "enabled": true,
                      "feature": "VolumeLoadBalanceOnActualIOPS"
                  }
              ]
          }
      }
      """
