@element @imported @since:9.6
Feature: ListNodeFibreChannelPortInfo — ListNodeFibreChannelPortInfo
  Imported by conform import from the element reference page "ListNodeFibreChannelPortInfo". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListNodeFibreChannelPortInfo" request:
      """
      {
         "method": "ListNodeFibreChannelPortInfo",
         "params": {
             "nodeID": 5,
             "force": true
         },
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
          "fibreChannelPorts": [
            {
              "firmware": "7.04.00 (d0d5)",
              "hbaPort": 1,
              "model": "QLE2672",
              "nPortID": "0xc7002c",
              "pciSlot": 3,
              "serial": "BFE1335E03500",
              "speed": "8 Gbit",
              "state": "Online",
              "switchWwn": "20:01:00:2a:6a:98:a3:41",
              "wwnn": "5f:47:ac:c8:35:54:02:00",
              "wwpn": "5f:47:ac:c0:35:54:02:02"
            },
            {
               "firmware": "7.04.00 (d0d5)",
               "hbaPort": 2,
               "model": "QLE2672",
               "nPortID": "0x06002d",
               "pciSlot": 3,
               "serial": "BFE1335E03500",
               "speed": "8 Gbit",
               "state": "Online",
               "switchWwn": "20:01:00:2a:6a:9c:71:01",
               "wwnn": "5f:47:ac:c8:35:54:02:00",
               "wwpn": "5f:47:ac:c0:35:54:02:03"
            },
            {
               "firmware": "7.04.00 (d0d5)",
               "hbaPort": 1,
               "model": "QLE2672",
               "nPortID": "0xc7002a",
               "pciSlot": 2,
               "serial": "BFE1335E04029",
               "speed": "8 Gbit",
               "state": "Online",
               "switchWwn": "20:01:00:2a:6a:98:a3:41",
               "wwnn": "5f:47:ac:c8:35:54:02:00",
               "wwpn": "5f:47:ac:c0:35:54:02:00"
           },
           {
               "firmware": "7.04.00 (d0d5)",
               "hbaPort": 2,
               "model": "QLE2672",
               "nPortID": "0x06002a",
               "pciSlot": 2,
               "serial": "BFE1335E04029",
               "speed": "8 Gbit",
               "state": "Online",
               "switchWwn": "20:01:00:2a:6a:9c:71:01",
               "wwnn": "5f:47:ac:c8:35:54:02:00",
               "wwpn": "5f:47:ac:c0:35:54:02:01"
            }
          ]
        }
      }
      """
