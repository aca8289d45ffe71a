@dcaas-v2 @imported
Feature: ListVirtualInterfaces — Querying the Virtual Interface List
  Imported by conform import from the huawei reference page "Querying the Virtual Interface List". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example 1: Querying all virtual interfaces
    Given the "dcaas-v2" API
    When I send the documented "ListVirtualInterfaces" request:
      """
      GET /v2.0/dcaas/virtual-interfaces
      """
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
          "virtual_interfaces" : [{
                  "id": "026895e2-23bf-44bd-8ef1-93618ab92b99",
                  "name": "vif-test",
                  "description": null,
                  "tenant_id": "06057679cc80d5762fb2c01e71b5a593",
                  "direct_connect_id": "b07d42dc-6137-4af3-a93b-853d879ae268",
                  "vgw_id": "d27d5bd2-97b3-4bd8-b7e5-189a71c14846",
                  "type": "private",
                  "service_type": "vpc",
                  "vlan": 2202,
                  "bandwidth": 6,
                  "local_gateway_v4_ip": "16.16.16.1/30",
                  "remote_gateway_v4_ip": "16.16.16.2/30",
                  "route_mode": "static",
                  "bgp_asn": null,
                  "bgp_md5": null,
                  "remote_ep_group_id": "31dd8536-1ac7-4a38-b2fc-178a69f11b11",
                  "service_ep_group_id": null,
                  "status": "ACTIVE",
                  "create_time": "2021-12-15T06:55:46Z",
                  "admin_state_up": true,
                  "rate_limit": false,
                  "enable_bfd": false,
                  "health_check_source_ip": null,
                  "route_limit": 50,
                  "address_family": "ipv4",
                  "local_gateway_v6_ip": null,
                  "remote_gateway_v6_ip": null,
                  "region_id": null,
                  "enable_nqa": false,
                  "enable_gre": false,
                  "local_gre_tunnel_ip": null,
                  "remote_gre_tunnel_ip": null,
                  "lag_id": null
              }]
      }
      """

  @readonly
  Scenario: the documented example 2: Querying a virtual interface by ID
    Given the "dcaas-v2" API
    When I send the documented "ListVirtualInterfaces" request:
      """
      GET /v2.0/dcaas/virtual-interfaces?id=67c59cf4-1a64-46c7-763f-22eb1b9e8986
      """
    And the response satisfies the contract
