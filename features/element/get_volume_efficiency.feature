@element @imported @since:9.6
Feature: GetVolumeEfficiency — GetVolumeEfficiency
  Imported by conform import from the element reference page "GetVolumeEfficiency". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetVolumeEfficiency" request:
      """
      {
         "method": "GetVolumeEfficiency",
         "params": {
            "volumeID": 606
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
             "compression": 2.001591240821456,
             "deduplication": 1,
             "missingVolumes": [],
             "thinProvisioning": 1.009861932938856,
             "timestamp": "2014-03-10T16:06:33Z"
         }
      }
      """
