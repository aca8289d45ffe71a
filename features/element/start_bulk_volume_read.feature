@element @imported @since:9.6
Feature: StartBulkVolumeRead — StartBulkVolumeRead
  Imported by conform import from the element reference page "StartBulkVolumeRead". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "StartBulkVolumeRead" request:
      """
      {
         "method": "StartBulkVolumeRead",
         "params": {
            "volumeID" : 5,
            "format"  : "native",
            "snapshotID" : 2
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
            "id" : 1,
         "result" : {
            "asyncHandle" : 1,
            "key" : "11eed8f086539205beeaadd981aad130",
            "url" : "https://127.0.0.1:44000/"
         }
      }
      """
