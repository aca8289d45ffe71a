@element @imported @since:9.6
Feature: GetStorageContainerEfficiency — GetStorageContainerEfficiency
  Imported by conform import from the element reference page "GetStorageContainerEfficiency". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetStorageContainerEfficiency" request:
      """
      {
        "method": "GetStorageContainerEfficiency",
        "params": {
          "storageContainerID" : "6c95e24f-9f0b-4793-affb-5a4bc6c3d7e1"
        },
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
          "compression": 1,
          "deduplication": 1,
          "missingVolumes": [],
          "thinProvisioning": 1,
          "timestamp": "2016-04-12T15:39:49Z"
        }
      }
      """
