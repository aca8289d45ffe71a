@element @imported @since:12.3
Feature: GetSoftwareEncryptionAtRestInfo — GetSoftwareEncryptionAtRestInfo
  Imported by conform import from the element reference page "GetSoftwareEncryptionAtRestInfo". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetSoftwareEncryptionAtRestInfo" request:
      """
      {
       "method": "getsoftwareencryptionatrestinfo"
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
              "masterKeyInfo": {
                  "keyCreatedTime": "2021-09-20T23:15:56Z",
                  "keyID": "4d80a629-a11b-40ab-8b30-d66dd5647cfd",
                  "keyManagementType": "internal"
              },
              "state": "enabled",
              "version": 1
          }
      }
      """
