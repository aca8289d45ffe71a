@element @imported @since:9.6
Feature: ListFibreChannelPortInfo — ListFibreChannelPortInfo
  Imported by conform import from the element reference page "ListFibreChannelPortInfo". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListFibreChannelPortInfo" request:
      """
      {
        "method": "ListFibreChannelPortInfo",
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
          "fibreChannelPortInfo": {
            "5": {
              "result": {
                "fibreChannelPorts": [
                  {
                   "firmware": "7.04.00 (d0d5)",
                   "hbaPort": 1,
                   "model": "QLE2672",
                   "nPortID": "0xc70084",
                   "pciSlot": 3,
                   "serial": "BFE1335E03500",
                   "speed": "8 Gbit",
                   "state": "Online",
                   "switchWwn": "20:01:00:2a:6a:98:a3:41",
                   "wwnn": "5f:47:ac:c8:3c:e4:95:00",
                   "wwpn": "5f:47:ac:c0:3c:e4:95:0a"
                 },
                 {
                   "firmware": "7.04.00 (d0d5)",
                   "hbaPort": 2,
                   "model": "QLE2672",
                   "nPortID": "0x0600a4",
                   "pciSlot": 3,
                   "serial": "BFE1335E03500",
                   "speed": "8 Gbit",
                   "state": "Online",
                   "switchWwn": "20:01:00:2a:6a:9c:71:01",
                   "wwnn": "5f:47:ac:c8:3c:e4:95:00",
                   "wwpn": "5f:47:ac:c0:3c:e4:95:0b"
                 },
                 {
                   "firmware": "7.04.00 (d0d5)",
                   "hbaPort": 1,
                   "model": "QLE2672",
                   "nPortID": "0xc70044",
                   "pciSlot": 2,
                   "serial": "BFE1335E04029",
                   "speed": "8 Gbit",
                   "state": "Online",
                   "switchWwn": "20:01:00:2a:6a:98:a3:41",
                   "wwnn": "5f:47:ac:c8:3c:e4:95:00",
                   "wwpn": "5f:47:ac:c0:3c:e4:95:08"
                },
                {
                  "firmware": "7.04.00 (d0d5)",
                  "hbaPort": 2,
                  "model": "QLE2672",
                  "nPortID": "0x060044",
                  "pciSlot": 2,
                  "serial": "BFE1335E04029",
                  "speed": "8 Gbit",
                  "state": "Online",
                  "switchWwn": "20:01:00:2a:6a:9c:71:01",
                  "wwnn": "5f:47:ac:c8:3c:e4:95:00",
                  "wwpn": "5f:47:ac:c0:3c:e4:95:09"
                }
             ]
          }
        },
         "6": {
           "result": {
               "fibreChannelPorts": [
              {
                 "firmware": "7.04.00 (d0d5)",
                 "hbaPort": 1,
                 "model": "QLE2672",
                 "nPortID": "0x060084",
                 "pciSlot": 3,
                 "serial": "BFE1335E04217",
                 "speed": "8 Gbit",
                 "state": "Online",
                 "switchWwn": "20:01:00:2a:6a:9c:71:01",
                 "wwnn": "5f:47:ac:c8:3c:e4:95:00",
                 "wwpn": "5f:47:ac:c0:3c:e4:95:02"
              },
              {
                 "firmware": "7.04.00 (d0d5)",
                 "hbaPort": 2,
                 "model": "QLE2672",
                 "nPortID": "0xc700a4",
                 "pciSlot": 3,
                 "serial": "BFE1335E04217",
                 "speed": "8 Gbit",
                 "state": "Online",
                 "switchWwn": "20:01:00:2a:6a:98:a3:41",
                 "wwnn": "5f:47:ac:c8:3c:e4:95:00",
                 "wwpn": "5f:47:ac:c0:3c:e4:95:03"
              },
              {
                 "firmware": "7.04.00 (d0d5)",
                 "hbaPort": 1,
                 "model": "QLE2672",
                 "nPortID": "0xc70064",
                 "pciSlot": 2,
                 "serial": "BFE1341E09515",
                 "speed": "8 Gbit",
                 "state": "Online",
                 "switchWwn": "20:01:00:2a:6a:98:a3:41",
                 "wwnn": "5f:47:ac:c8:3c:e4:95:00",
                 "wwpn": "5f:47:ac:c0:3c:e4:95:00"
              },
              {
                 "firmware": "7.04.00 (d0d5)",
                 "hbaPort": 2,
                 "model": "QLE2672",
                 "nPortID": "0x060064",
                 "pciSlot": 2,
                 "serial": "BFE1341E09515",
                 "speed": "8 Gbit",
                 "state": "Online",
                 "switchWwn": "20:01:00:2a:6a:9c:71:01",
                 "wwnn": "5f:47:ac:c8:3c:e4:95:00",
                 "wwpn": "5f:47:ac:c0:3c:e4:95:01"
              }
           ]
          }
         }
        }
       }
      }
      """
