@element @imported @since:9.6
Feature: ModifyStorageContainer — ModifyStorageContainer
  Imported by conform import from the element reference page "ModifyStorageContainer". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifyStorageContainer" request:
      """
      {
        "method": "ModifyStorageContainer",
          "params": {
            "storageContainerID": "6c95e24f-9f0b-4793-affb-5a4bc6c3d7e1",
            "targetSecret": "O,IM;tOQdn9$JJ*8"
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
          "storageContainer": {
            "accountID": 8,
            "initiatorSecret": "T$|5TO>2IY5sk4@k",
            "name": "doctest1",
            "protocolEndpointType": "SCSI",
            "status": "active",
            "storageContainerID": "6c95e24f-9f0b-4793-affb-5a4bc6c3d7e1",
            "targetSecret": "O,IM;tOQdn9$JJ*8"
          }
        }
      }
      """
