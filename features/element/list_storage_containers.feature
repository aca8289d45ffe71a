@element @imported @since:9.6
Feature: ListStorageContainers — ListStorageContainers
  Imported by conform import from the element reference page "ListStorageContainers". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListStorageContainers" request:
      """
      {
         "method": "ListStorageContainers",
         "params": {
            "storageContainerIDs": ["efda8307-b916-4424-979e-658a3f16894d"]
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
        "id": 6395,
        "result": {
          "storageContainers": [
            {
              "accountID": 64,
              "initiatorSecret": "EJ:08An1MyNQmL!7",
              "name": "VvolContainer",
              "protocolEndpointType": "SCSI",
              "status": "active",
              "storageContainerID": "efda8307-b916-4424-979e-658a3f16894d",
              "targetSecret": "g38}zWBK%206jQr~",
              "virtualVolumes": []
            }
          ]
        }
      }
      """
