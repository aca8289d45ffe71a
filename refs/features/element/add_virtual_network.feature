@element @since:9.6
Feature: AddVirtualNetwork — AddVirtualNetwork
  Imported by conform import from the element reference page "AddVirtualNetwork". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "AddVirtualNetwork" request:
      """
      {
        "method": "AddVirtualNetwork",
        "params": {
          "virtualNetworkTag": 2010,
          "name": "network1",
          "addressBlocks" : [
              { "start": "192.86.5.1", "size": 10 },
              { "start": "192.86.5.50", "size": 20 }
          ],
          "netmask" : "255.255.192.0",
          "gateway" : "10.0.1.254",
          "svip" : "192.86.5.200",
          "attributes" : {}
          "namespace" : true
        },
      "id": 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
         "id": 1,
         "result":
            {
              "virtualNetworkID": 5
         }
      }
      """
