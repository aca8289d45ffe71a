@element @imported @since:12.3
Feature: ListNetworkInterfaceStats — ListNetworkInterfaceStats
  Imported by conform import from the element reference page "ListNetworkInterfaceStats". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListNetworkInterfaceStats" request:
      """
      {
      "method": "ListNetworkInterfaceStats",
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
          "networkInterfaceStats": [
              {
                  "rxErrors": 1,
                  "rxPackets": 1,
                  "txErrors": 1,
                  "rxDropped": 1,
                  "txCarrierErrors": 1,
                  "rxOverErrors": 1,
                  "rxMissedErrors": 1,
                  "txPackets": 1,
                  "name": "if_name",
                  "rxLengthErrors": 1,
                  "collisions": 1,
                  "rxFifoErrors": 1,
                  "txBytes": 1,
                  "rxBytes": 1,
                  "rxFrameErrors": 1,
                  "rxCrcErrors": 1,
                  "txFifoErrors": 1
              }
          ]
      }
      """
