@element @since:11.7
Feature: CreateKeyProviderKmip — CreateKeyProviderKmip
  Imported by conform import from the element reference page "CreateKeyProviderKmip". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreateKeyProviderKmip" request:
      """
      {
        "method": "CreateKeyProviderKmip",
        "params": {
          "keyProviderName": "ProviderName",
          },
      "id": 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
         "id": 1,
         "result":
            {
          "kmipKeyProvider": {
              "keyProviderName": "ProviderName",
              "keyProviderIsActive": true,
              "kmipCapabilities": "SSL",
              "keyServerIDs": [
                  15
              ],
              "keyProviderID": 1
          }
      }
      }
      """
