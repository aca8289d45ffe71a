@element @imported @since:9.6
Feature: SnmpSendTestTraps — SnmpSendTestTraps
  Imported by conform import from the element reference page "SnmpSendTestTraps". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "SnmpSendTestTraps" request:
      """
      {
      	"method": "SnmpSendTestTraps",
          "params": {},
          "id": 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
