@element @imported @since:9.6
Feature: ListVolumeStatsByVolume — ListVolumeStatsByVolume
  Imported by conform import from the element reference page "ListVolumeStatsByVolume". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListVolumeStatsByVolume" request:
      """
      {
         "method": "ListVolumeStatsByVolume",
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
          "volumeStats": [
              {
                  "accountID": 1,
                  "actualIOPS": 4,
                  "asyncDelay": null,
                  "averageIOPSize": 5970,
                  "burstIOPSCredit": 0,
                  "clientQueueDepth": 0,
                  "desiredMetadataHosts": null,
                  "latencyUSec": 474,
                  "metadataHosts": {
                      "deadSecondaries": [],
                      "liveSecondaries": [
                          13
                      ],
                      "primary": 25
                  },
                  "nonZeroBlocks": 34931222,
                  "normalizedIOPS": 4,
                  "readBytes": 1282491003392,
                  "readBytesLastSample": 0,
                  "readLatencyUSec": 0,
                  "readLatencyUSecTotal": 4581669750,
                  "readOps": 15592933,
                  "readOpsLastSample": 0,
                  "samplePeriodMSec": 500,
                  "sliceIopsStats": {
                      "largeStatistics": {
                          "averageReadIops": 17,
                          "averageTotalIops": 43,
                          "averageWriteIops": 26,
                          "nSamples": 24,
                          "peakReadIops": 19,
                          "peakTotalIops": 47,
                          "peakWriteIops": 30,
                          "sliceID": 1
                      },
                      "smallStatistics": {
                          "averageReadIops": 17,
                          "averageTotalIops": 42,
                          "averageWriteIops": 25,
                          "nSamples": 120,
                          "peakReadIops": 173,
                          "peakTotalIops": 249,
                          "peakWriteIops": 77,
                          "sliceID": 1
                  }
              },
              "throttle": 0,
              "timestamp": "2025-02-03T21:18:38.880100Z",
              "unalignedReads": 167319,
              "unalignedWrites": 90836,
              "volumeAccessGroups": [
                  1
              ],
              "volumeID": 1,
              "volumeSize": 2147483648000,
              "volumeUtilization": 0.0002666666666666667,
              "writeBytes": 1385173585408,
              "writeBytesLastSample": 12288,
              "writeLatencyUSec": 474,
              "writeLatencyUSecTotal": 11233350905,
              "writeOps": 157060458,
              "writeOpsLastSample": 2,
              "zeroBlocks": 489356778
            }
          ]
        }
      }
      """
