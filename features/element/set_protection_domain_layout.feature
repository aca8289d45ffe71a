@element @imported @since:12.0
Feature: SetProtectionDomainLayout — SetProtectionDomainLayout
  Imported by conform import from the element reference page "SetProtectionDomainLayout". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "SetProtectionDomainLayout" request:
      """
      {
        "id": 1,
        "method": "SetProtectionDomainLayout",
        "params": {
          "protectionDomainLayout": [
            {
              "nodeID": 1,
              "protectionDomains": [
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
                  "protectionDomainName": "Rack-1",
                  "protectionDomainType": "custom"
                }
              ]
            },
            {
              "nodeID": 3,
              "protectionDomains": [
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
                  "protectionDomainName": "Rack-2",
                  "protectionDomainType": "custom"
                }
              ]
            }
          ]
        }
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
