@element @imported @since:12.0
Feature: DeleteIdpConfiguration — DeleteIdpConfiguration
  Imported by conform import from the element reference page "DeleteIdpConfiguration". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "DeleteIdpConfiguration" request:
      """
      {
        "method": "DeleteIdpConfiguration",
        "params": {
          "idpConfigurationID": "f983c602-12f9-4c67-b214-bf505185cfed",
          "idpName": "https://provider.name.url.com"
        }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
        "result":{}
      }
      """
