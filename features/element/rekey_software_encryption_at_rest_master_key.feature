@element @imported @since:12.3
Feature: RekeySoftwareEncryptionAtRestMasterKey — RekeySoftwareEncryptionAtRestMasterKey
  Imported by conform import from the element reference page "RekeySoftwareEncryptionAtRestMasterKey". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "RekeySoftwareEncryptionAtRestMasterKey" request:
      """
      {
       "method": "rekeysoftwareencryptionatrestmasterkey",
       "params": {
         "keyManagementType": "external",
         "keyProviderID": "<ID number>"
       }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
          "asyncHandle": 1
      }
      """
