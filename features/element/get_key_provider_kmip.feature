@element @imported @since:11.7
Feature: GetKeyProviderKmip — GetKeyProviderKmip
  Imported by conform import from the element reference page "GetKeyProviderKmip". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetKeyProviderKmip" request:
      """
      {
        "method": "GetKeyProviderKmip",
        "params": {
          "keyProviderID": 15
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
         "result":
          {
          "kmipKeyProvider": {
              "keyProviderID": 15,
              "kmipCapabilities": "SSL",
              "keyProviderIsActive": true,
              "keyServerIDs": [
                  1
              ],
              "keyProviderName": "ProviderName"
          }
         }
      }
      """
