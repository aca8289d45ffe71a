@element @imported @since:12.0
Feature: GetProtectionDomainLayout — GetProtectionDomainLayout
  Imported by conform import from the element reference page "GetProtectionDomainLayout". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetProtectionDomainLayout" request:
      """
      {
        "method": "GetProtectionDomainLayout",
        "params": {},
        "id" : 1
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
          "protectionDomainLayout": [
            {
              "nodeID": 1,
              "protectionDomains": [
                {
                  "protectionDomainName": "QTFCR2914008D",
                  "protectionDomainType": "chassis"
                },
                {
                  "protectionDomainName": "Rack-1",
                  "protectionDomainType": "custom"
                }
              ]
            },
            {
              "nodeID": 2,
              "protectionDomains": [
                {
                  "protectionDomainName": "QTFCR291500EA",
                  "protectionDomainType": "chassis"
                },
                {
                  "protectionDomainName": "Rack-1",
                  "protectionDomainType": "custom"
                }
              ]
            },
            {
              "nodeID": 3,
              "protectionDomains": [
                {
                  "protectionDomainName": "QTFCR291500C3",
                  "protectionDomainType": "chassis"
                },
                {
                  "protectionDomainName": "Rack-2",
                  "protectionDomainType": "custom"
                }
              ]
            },
            {
              "nodeID": 4,
              "protectionDomains": [
                {
                  "protectionDomainName": "QTFCR291400E6",
                  "protectionDomainType": "chassis"
                },
                {
                  "protectionDomainName": "Rack-2",
                  "protectionDomainType": "custom"
                }
              ]
            }
          ]
        }
      }
      """
