@element @imported @since:12.0
Feature: AddIdpClusterAdmin — AddIdpClusterAdmin
  Imported by conform import from the element reference page "AddIdpClusterAdmin". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "AddIdpClusterAdmin" request:
      """
      {
          "method": "AddIdpClusterAdmin",
          "params": {
              "username": "email=test@example.com",
              "acceptEula": true,
              "access": ["administrator"]
          }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
          "result": {
              "clusterAdminID": 13
          }
      }
      """
