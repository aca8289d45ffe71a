@dcaas @imported
Feature: ListVirtualInterfaces — Querying the Virtual Interface List
  Imported by conform import from the huawei reference page "Querying the Virtual Interface List". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "dcaas" API
    When I send the documented "ListVirtualInterfaces" request:
      """
      GET https://{dc_endpoint}/v3/57afb1b374964d41b242a062198cc84e/dcaas/virtual-interfaces?id=022f4e43-db50-40fd-8a3a-1f330bb1ab78
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
          "virtual_interfaces": [{
              "enterprise_project_id": "0",
              "name": "vif-cq-test",
              "id": "022f4e43-db50-40fd-8a3a-1f330bb1ab78",
              "description": null,
              "tenant_id": "57afb1b374964d41b242a062198cc84e",
              "direct_connect_id": "758ec882-d66d-48c4-bf30-c7ef402b5c72",
              "vgw_id": null,
              "type": "public",
              "service_type": "GEIP",
              "vlan": 1500,
              "bandwidth": 2,
              "local_gateway_v4_ip": null,
              "remote_gateway_v4_ip": null,
              "device_id": "29.0.185.90",
              "route_mode": "static",
              "bgp_asn": null,
              "bgp_md5": null,
              "status": "ACTIVE",
              "ies_id": null,
              "create_time": "2024-08-08T08:39:40.000Z",
              "reason": null,
              "admin_state_up": true,
              "rate_limit": false,
              "enable_bfd": false,
              "route_limit": 256,
              "address_family": "ipv6",
              "local_gateway_v6_ip": "1111::1/64",
              "remote_gateway_v6_ip": "1111::2/64",
              "enable_nqa": false,
              "lag_id": null,
              "lgw_id": null,
              "gateway_id": "722f950e-dcdc-4fec-a8b8-f5ace4a6f95e",
              "remote_ep_group": [],
              "service_ep_group": [],
              "vif_peers": [
                  {
                      "id": "d22edc36-360a-441a-98eb-b470b9aba1df",
                      "tenant_id": "57afb1b374964d41b242a062198cc84e",
                      "name": "vif-sxc-old",
                      "description": null,
                      "address_family": "ipv4",
                      "local_gateway_ip": "13.13.13.1/30",
                      "remote_gateway_ip": "13.13.13.2/30",
                      "route_mode": "static",
                      "bgp_asn": null,
                      "bgp_md5": null,
                      "device_id": "29.0.185.90",
                      "enable_bfd": false,
                      "enable_nqa": false,
                      "bgp_route_limit": 256,
                      "bgp_status": null,
                      "status": "ACTIVE",
                      "vif_id": "022f4e43-db50-40fd-8a3a-1f330bb1ab78",
                      "receive_route_num": -1,
                      "remote_ep_group": [
                          "215.255.30.255/32"
                      ],
                      "service_ep_group": null
                  },
                  {
                      "id": "77db4123-c65c-46cc-a4ef-877cddc48305",
                      "tenant_id": "57afb1b374964d41b242a062198cc84e",
                      "name": "vif-cq-test",
                      "description": null,
                      "address_family": "ipv6",
                      "local_gateway_ip": "1111::1/64",
                      "remote_gateway_ip": "1111::2/64",
                      "route_mode": "static",
                      "bgp_asn": null,
                      "bgp_md5": null,
                      "device_id": "29.0.185.90",
                      "enable_bfd": false,
                      "enable_nqa": false,
                      "bgp_route_limit": 256,
                      "bgp_status": null,
                      "status": "ACTIVE",
                      "vif_id": "022f4e43-db50-40fd-8a3a-1f330bb1ab78",
                      "receive_route_num": -1,
                      "remote_ep_group": [],
                      "service_ep_group": null
                  }
              ],
              "bgp_route_limit": 256,
              "tags": [],
              "priority": "normal"
          }],
          "request_id": "b18287ddaf3003c3fdb3ee0daee47403",
          "page_info": {
              "previous_marker": "022f4e43-db50-40fd-8a3a-1f330bb1ab78",
              "current_count": 1
          }
      }
      """
