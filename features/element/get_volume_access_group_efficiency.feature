@element @imported @since:9.6
Feature: GetVolumeAccessGroupEfficiency — GetVolumeAccessGroupEfficiency
  Imported by conform import from the element reference page "GetVolumeAccessGroupEfficiency". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetVolumeAccessGroupEfficiency" request:
      """
      {
         "method": "GetVolumeAccessGroupEfficiency",
         "params": {
            "volumeAccessGroupID": 1
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
             "compression": 2.006012925331075,
             "deduplication": 1,
             "missingVolumes": [],
             "thinProvisioning": 1.009861932938856,
             "timestamp": "2014-03-10T17:05:27Z"
         }
      }
      """
