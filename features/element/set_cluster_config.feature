@element @imported @since:9.6
Feature: SetClusterConfig — SetClusterConfig
  Imported by conform import from the element reference page "SetClusterConfig". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "SetClusterConfig" request:
      """
      {
         "method": "SetClusterConfig",
         "params": {
            "cluster": {
               "name": "myhost",
               "mipi": "Bond10G"
            },
          "id" : 1
         }
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
            "cluster" : {
               "cipi" : "Bond10G",
               "cluster" : "QoS",
               "ensemble" : [
                  "1:10.10.5.42",
                  "2:10.10.5.43",
                  "3:10.10.5.44",
                  "4:10.10.5.46",
                  "5:10.10.5.47"
               ],
                "hostname" : "myhost",
                "mipi" : "Bond10G",
                "nodeID" : 1,
                "sipi" : "Bond10G",
                "state" : "Active"
            }
         }
      }
      """
