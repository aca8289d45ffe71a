@dcaas-v2 @imported
Feature: CreateVirtualInterface — Creating a Virtual Interface
  Imported by conform import from the huawei reference page "Creating a Virtual Interface". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "dcaas-v2" API
    When I send the documented "CreateVirtualInterface" request:
      """
      POST /v2.0/dcaas/virtual-interfaces
      {
          "virtual_interface" : {
              "name" : "virtual interface1",
              "direct_connect_id" : "6ecd9cf3-ca64-46c7-863f-f2eb1b9e838a",
              "vgw_id" : "7ec892f3-ca64-46c7-863f-a2eb1b9e8389",
              "type" : "private",
              "service_type" : "vpc",
              "vlan" : 100,
              "bandwidth" : 10,
              "local_gateway_v4_ip" : "180.1.1.1/24",
              "remote_gateway_v4_ip"  : "180.1.1.2/24",
              "route_mode"  : "static",
              "remote_ep_group_id" : "78e34cf1-5468-87c7-223d-56e78b9699ef"
          }
      }
      """
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
          "virtual_interface" : {
              "id": "634c61d0-fd7b-4961-adb6-37a2e3c42d08",
              "name": "test-vif",
              "description": null,
              "tenant_id": "06057682ed80d5762f25c00b5deb794a",
              "direct_connect_id": "73707953-df69-4d03-8df5-b46a087c1424",
              "vgw_id": "9b5cab66-7634-4213-8d01-fa37cb908e12",
              "type": "private",
              "service_type": "vpc",
              "vlan": 687,
              "bandwidth": 2,
              "local_gateway_v4_ip": "11.11.11.1/30",
              "remote_gateway_v4_ip": "11.11.11.2/30",
              "route_mode": "static",
              "bgp_asn": null,
              "bgp_md5": null,
              "remote_ep_group_id": "a2b81f07-826f-40b0-9e8d-17d1af5230cf",
              "service_ep_group_id": null,
              "status": "PENDING_CREATE",
              "create_time": "2021-12-15T00:31:27Z",
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
          }
      }
      """
    And the response echoes these request members:
      | /virtual_interface/route_mode   |
      | /virtual_interface/service_type |
      | /virtual_interface/type         |
