@element @imported @since:9.6
Feature: ListClusterFaults — ListClusterFaults
  Imported by conform import from the element reference page "ListClusterFaults". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListClusterFaults" request:
      """
      {
        "method": "ListClusterFaults",
          "params": {
            "faultTypes": "current",
            "bestPractices": true
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
          "faults": [
            {
              "blocksUpgrade": false,
              "clusterFaultID": 3,
              "code": "driveAvailable",
              "data": null,
              "date": "2024-04-03T22:22:56.660275Z",
              "details": "Node ID 1 has 6 available drive(s).",
              "driveID": 0,
              "driveIDs": [],
              "externalSource": "",
              "networkInterface": "",
              "nodeHardwareFaultID": 0,
              "nodeID": 1,
              "resolved": true,
              "resolvedDate": "2024-04-03T22:24:54.598693Z",
              "serviceID": 0,
              "severity": "warning",
              "type": "drive"
            },
            {
              "clusterFaultID": 9,
              "code": "disconnectedClusterPair",
              "data": null,
              "date": "2016-04-26T20:40:08.736597Z",
              "details": "One of the clusters in a pair may have become misconfigured or disconnected.  Remove the local pairing and retry pairing the clusters. Disconnected Cluster Pairs: []. Misconfigured Cluster Pairs: [3]",
              "driveID": 0,
              "driveIDs": [],
              "nodeHardwareFaultID": 0,
              "nodeID": 0,
              "resolved": false,
              "resolvedDate": "",
              "serviceID": 0,
              "severity": "warning",
              "type": "cluster"
            }
          ]
        }
      }
      """
