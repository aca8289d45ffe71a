@element @imported @since:11.1
Feature: CheckPingOnVlan — CheckPingOnVlan
  Imported by conform import from the element reference page "CheckPingOnVlan". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CheckPingOnVlan" request:
      """
      {
          "method": "CheckPingOnVlan",
          "params": {
              "interface": "Bond10G",
              "virtualNetworkTag": 4001,
              "sourceAddressV4": "192.168.41.4",
              "hosts": "192.168.41.2"
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
        "id": 1,
        "result": {
          "192.168.41.2": {
            "individualResponseCodes": [
              "Success",
              "Success",
              "Success",
              "Success",
              "Success"
            ],
            "individualResponseTimes": [
              "00:00:00.000373",
              "00:00:00.000098",
              "00:00:00.000097",
              "00:00:00.000074",
              "00:00:00.000075"
            ],
            "individualStatus": [
              true,
              true,
              true,
              true,
              true
            ],
            "interface": "Bond10G",
            "responseTime": "00:00:00.000143",
            "sourceAddressV4": "192.168.41.4",
            "successful": true,
            "virtualNetworkTag": 4001
          }
        }
      }
      """
