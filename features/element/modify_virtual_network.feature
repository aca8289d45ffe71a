@element @imported @since:9.6
Feature: ModifyVirtualNetwork — ModifyVirtualNetwork
  Imported by conform import from the element reference page "ModifyVirtualNetwork". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifyVirtualNetwork" request:
      """
      {
        "method": "ModifyVirtualNetwork",
        "params": {
          "virtualNetworkID": 2,
          "name": "ESX-VLAN-3112",
          "addressBlocks": [
           {
            "start": "10.1.112.1",
            "size": 20
           },
           {
            "start": "10.1.112.100",
            "size": 20
           }
         ],
          "netmask": "255.255.255.0",
          "gateway": "10.0.1.254",
          "svip": "10.1.112.200",
          "attributes": {}
        },
        "id":1
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
        }
      }
      """
