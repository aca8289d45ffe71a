@element @imported @since:9.6
Feature: ListVirtualVolumeHosts — ListVirtualVolumeHosts
  Imported by conform import from the element reference page "ListVirtualVolumeHosts". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListVirtualVolumeHosts" request:
      """
      {
        "method": "ListVirtualVolumeHosts",
          "params": {
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
          "hosts": [
            {
              "bindings": [],
              "clusterID": "5ebdb4ad-9617-4647-adfd-c1013578483b",
              "hostAddress": "172.30.89.117",
              "initiatorNames": [
                "iqn.1998-01.com.vmware:zdc-dhcp-0-c-29-d6-4b-f1-1a0cd614",
                "iqn.1998-01.com.vmware:zdc-dhcp-0-c-29-d6-4b-f1-5bcf9254"
              ],
              "virtualVolumeHostID": "564de1a4-9a99-da0f-8b7c-3a41dfd64bf1",
              "visibleProtocolEndpointIDs": [
                "5dd53da0-b9b7-43f9-9b7e-b41c2558e92b"
              ]
            }
          ]
        }
      }
      """
