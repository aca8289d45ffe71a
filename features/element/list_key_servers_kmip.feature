@element @imported @since:11.7
Feature: ListKeyServersKmip — ListKeyServersKmip
  Imported by conform import from the element reference page "ListKeyServersKmip". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListKeyServersKmip" request:
      """
      {
        "method": "ListKeyServersKmip",
        "params": {},
      "id": 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
          "kmipKeyServers": [
              {
                  "kmipKeyServerName": "keyserverName",
                  "kmipClientCertificate": "dKkkirWmnWXbj9T/UWZYB2oK0z5...",
                  "keyServerID": 15,
                  "kmipAssignedProviderIsActive": true,
                  "kmipKeyServerPort": 5696,
                  "kmipCaCertificate": "MIICPDCCAaUCEDyRMcsf9tAbDpq40ES/E...",
                  "kmipKeyServerHostnames": [
                      "server1.hostname.com", "server2.hostname.com"
                  ],
                  "keyProviderID": 1
              }
          ]
      }
      """
