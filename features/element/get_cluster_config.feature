@element @imported @since:9.6
Feature: GetClusterConfig — GetClusterConfig
  Imported by conform import from the element reference page "GetClusterConfig". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetClusterConfig" request:
      """
      {
         "method": "GetClusterConfig",
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
          "cluster": {
            "cipi": "Bond10G",
            "cluster": "ClusterName",
            "ensemble": [
              "1:10.30.65.139",
              "2:10.30.65.140",
              "3:10.30.65.141"
            ],
            "fipsDriveConfiguration": true,
            "mipi": "Bond1G",
            "name": "xxx-en142",
            "nodeID": 4,
            "pendingNodeID": 0,
            "role": "Storage",
            "sipi": "Bond10G",
            "state": "Active",
            "version": "9.1.0"
          }
        }
      }
      """
