@element @imported @since:11.7
Feature: CreateKeyServerKmip — CreateKeyServerKmip
  Imported by conform import from the element reference page "CreateKeyServerKmip". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreateKeyServerKmip" request:
      """
      {
        "method": "CreateKeyServerKmip",
        "params": {
          "kmipCaCertificate": "MIICPDCCAaUCEDyRMcsf9tAbDpq40ES/E...",
          "kmipClientCertificate": "dKkkirWmnWXbj9T/UWZYB2oK0z5...",
          "kmipKeyServerHostnames" : ["server1.hostname.com", "server2.hostname.com"],
          "kmipKeyServerName" : "keyserverName",
          "kmipKeyServerPort" : 5696
        },
      "id": 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
