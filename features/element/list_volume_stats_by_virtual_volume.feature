@element @imported @since:9.6
Feature: ListVolumeStatsByVirtualVolume — ListVolumeStatsByVirtualVolume
  Imported by conform import from the element reference page "ListVolumeStatsByVirtualVolume". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListVolumeStatsByVirtualVolume" request:
      """
      {
        "method": "ListVolumeStatsByVirtualVolume",
        "params": {},
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
          "volumeStats": [
            {
              "accountID": 17,
              "actualIOPS": 0,
              "asyncDelay": null,
              "averageIOPSize": 1074265444,
              "burstIOPSCredit": 0,
              "clientQueueDepth": 0,
              "desiredMetadataHosts": null,
              "latencyUSec": 0,
              "metadataHosts": {
                "deadSecondaries": [],
                "liveSecondaries": [
                  26
                ],
                "primary": 56
              },
              "nonZeroBlocks": 36,
              "readBytes": 18366464,
              "readBytesLastSample": 0,
              "readLatencyUSec": 0,
              "readOps": 156,
              "readOpsLastSample": 0,
              "samplePeriodMSec": 500,
              "throttle": 0,
              "timestamp": "2016-10-10T17:46:35.914642Z",
              "unalignedReads": 156,
              "unalignedWrites": 185,
              "virtualVolumeID": "070ac0ba-f344-4f4c-b79c-142efa3642e8",
              "volumeAccessGroups": [],
              "volumeID": 12518,
              "volumeSize": 91271200768,
              "volumeUtilization": 0,
              "writeBytes": 23652213248,
              "writeBytesLastSample": 0,
              "writeLatencyUSec": 0,
              "writeOps": 185,
              "writeOpsLastSample": 0,
              "zeroBlocks": 22282972
            }
          ]
        }
      }
      """
