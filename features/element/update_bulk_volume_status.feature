@element @imported @since:9.6
Feature: UpdateBulkVolumeStatus — UpdateBulkVolumeStatus
  Imported by conform import from the element reference page "UpdateBulkVolumeStatus". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "UpdateBulkVolumeStatus" request:
      """
      {
         "method": "UpdateBulkVolumeStatus",
         "params": {
                "key": "0b2f532123225febda2625f55dcb0448",
      	      "status": "running"
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
         "result": {
      	  "status" : "running",
      	  "url" : "https://10.10.23.47:8443/"
          }
      }
      """
