@element @imported @since:9.6
Feature: GetClusterStats — GetClusterStats
  Imported by conform import from the element reference page "GetClusterStats". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetClusterStats" request:
      """
      {
         "method": "GetClusterStats",
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
          "clusterStats": {
            "actualIOPS": 9376,
            "averageIOPSize": 4198,
            "clientQueueDepth": 8,
            "clusterUtilization": 0.09998933225870132,
            "latencyUSec": 52,
            "normalizedIOPS": 15000,
            "readBytes": 31949074432,
            "readBytesLastSample": 30883840,
            "readLatencyUSec": 27,
            "readLatencyUSecTotal": 182269319,
            "readOps": 1383161,
            "readOpsLastSample": 3770,
            "samplePeriodMsec": 500,
            "servicesCount": 3,
            "servicesTotal": 3,
            "timestamp": "2017-09-09T21:15:39.809332Z",
            "unalignedReads": 0,
            "unalignedWrites": 0,
            "writeBytes": 8002002944,
            "writeBytesLastSample": 7520256,
            "writeLatencyUSec": 156,
            "writeLatencyUSecTotal": 231848965,
            "writeOps": 346383,
            "writeOpsLastSample": 918
          }
        }
      }
      """
