@element @imported @since:9.6
Feature: CreateCluster — CreateCluster
  Imported by conform import from the element reference page "CreateCluster". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreateCluster" request:
      """
      {
        "method": "CreateCluster",
        "params": {
          "acceptEula": true,
          "mvip": "10.0.3.1",
          "svip": "10.0.4.1",
          "username": "Admin1",
          "password": "9R7ka4rEPa2uREtE",
          "attributes": {
            "clusteraccountnumber": "axdf323456"
          },
          "nodes": [
            "10.0.2.1",
            "10.0.2.2",
            "10.0.2.3",
            "10.0.2.4"
          ]
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
      "result" : {}
      }
      """
