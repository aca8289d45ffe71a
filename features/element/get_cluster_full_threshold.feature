@element @imported @since:9.6
Feature: GetClusterFullThreshold — GetClusterFullThreshold
  Imported by conform import from the element reference page "GetClusterFullThreshold". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetClusterFullThreshold" request:
      """
      {
         "method" : "GetClusterFullThreshold",
         "params" : {},
         "id" : 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
        "id":1,
        "result":{
          "blockFullness":"stage1Happy",
          "fullness":"stage3Low",
          "maxMetadataOverProvisionFactor":5,
          "metadataFullness":"stage3Low",
          "sliceReserveUsedThresholdPct":5,
          "stage2AwareThreshold":3,
          "stage2BlockThresholdBytes":2640607661261,
          "stage3BlockThresholdBytes":8281905846682,
          "stage3BlockThresholdPercent":5,
          "stage3LowThreshold":2,
          "stage4BlockThresholdBytes":8641988709581,
          "stage4CriticalThreshold":1,
          "stage5BlockThresholdBytes":12002762096640,
          "sumTotalClusterBytes":12002762096640,
          "sumTotalMetadataClusterBytes":404849531289,
          "sumUsedClusterBytes":45553617581,
          "sumUsedMetadataClusterBytes":31703113728
        }
      }
      """
