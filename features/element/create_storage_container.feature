@element @imported @since:9.6
Feature: CreateStorageContainer — CreateStorageContainer
  Imported by conform import from the element reference page "CreateStorageContainer". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreateStorageContainer" request:
      """
      {
        "method": "CreateStorageContainer",
          "params": {
              "name" : "example"
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
            "initiatorSecret": "rVTOi25^H.d;cP}l",
            "name": "example",
            "protocolEndpointType": "SCSI",
            "status": "active",
            "storageContainerID": "a9ec1138-e386-4a44-90d7-b9acbbc05176",
            "targetSecret": "6?AEIxWpvo6,!boM"
          }
        }
      }
      """
