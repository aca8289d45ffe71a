@element @imported @since:9.6
Feature: ListVirtualNetworks — ListVirtualNetworks
  Imported by conform import from the element reference page "ListVirtualNetworks". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListVirtualNetworks" request:
      """
      {
        "method": "ListVirtualNetworks",
        "params": {
           "virtualNetworkIDs": [5,6]
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
          "virtualNetworks": [
         {
          "addressBlocks": [
         {
          "available": "11000000",
          "size": 8,
          "start": "10.26.250.207"
         }
       ],
          "attributes": null,
          "gateway": "10.26.250.254",
          "name": "2250",
          "namespace": false,
          "netmask": "255.255.255.0",
          "svip": "10.26.250.200",
          "virtualNetworkID": 2250
         },
         {
           "addressBlocks": [
         {
           "available": "11000000",
           "size": 8,
           "start": "10.26.241.207"
         }
        ],
           "attributes": null,
           "gateway": "10.26.241.254",
           "name": "2241",
           "namespace": false,
           "netmask": "255.255.255.0",
           "svip": "10.26.241.200",
           "virtualNetworkID": 2241
         },
        {
           "addressBlocks": [
        {
           "available": "11000000",
           "size": 8,
           "start": "10.26.240.207"
         }
        ],
           "attributes": null,
           "gateway": "10.26.240.254",
           "name": "2240",
           "namespace": false,
           "netmask": "255.255.255.0",
           "svip": "10.26.240.200",
           "virtualNetworkID": 2240
          },
         {
        }
       ]
      }
      }
      """
