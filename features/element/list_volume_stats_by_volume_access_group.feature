@element @imported @since:9.6
Feature: ListVolumeStatsByVolumeAccessGroup — ListVolumeStatsByVolumeAccessGroup
  Imported by conform import from the element reference page "ListVolumeStatsByVolumeAccessGroup". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListVolumeStatsByVolumeAccessGroup" request:
      """
      {
        "method": "ListVolumeStatsByVolumeAccessGroup",
          "params": {"volumeAccessGroups": [1]},
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
              "accountID": 0,
              "nonZeroBlocks": 149366393,
              "readBytes": 3156273328128,
              "readBytesLastSample": 0,
              "readOps": 770574543,
              "readOpsLastSample": 0,
              "samplePeriodMSec": 500,
              "timestamp": "2016-10-17T21:04:10.712370Z",
              "unalignedReads": 0,
              "unalignedWrites": 0,
              "volumeAccessGroups": [
                  1
              ],
              "volumeID": 0,
              "volumeSize": 1073741824000,
              "writeBytes": 1051988406272,
              "writeBytesLastSample": 0,
              "writeOps": 256833107,
              "writeOpsLastSample": 0,
              "zeroBlocks": 112777607
            }
          ]
        }
      }
      """
