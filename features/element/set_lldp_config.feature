@element @imported
Feature: SetLldpConfig — SetLldpConfig
  Imported by conform import from the element reference page "SetLldpConfig". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "SetLldpConfig" request:
      """
      {
        "id": 3920,
        "method":"SetLldpConfig",
          "params": {
              "lldpConfig": {
                  "enableMed": true
              }
          }
        }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
        "id": 3920,
        "result": {
          "lldpConfig": {
              "enableLldp": true,
              "enableMed": true,
              "enableOtherProtocols": true
           }
        }
      }
      """
