@element @imported @since:10.0
Feature: RemoveSSLCertificate — RemoveSSLCertificate
  Imported by conform import from the element reference page "RemoveSSLCertificate". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "RemoveSSLCertificate" request:
      """
      {
          "method" : "RemoveSSLCertificate",
          "params" : {},
          "id" : 3
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
          "id" : 3,
          "result" : {}
      }
      """
