@dcaas @imported
Feature: UpdateVirtualInterface — Updating a Virtual Interface
  Imported by conform import from the huawei reference page "Updating a Virtual Interface". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "dcaas" API
    When I send the documented "UpdateVirtualInterface" request:
      """
      PUT https://{dc_endpoint}/v3/0605768a3300d5762f82c01180692873/dcaas/virtual-interfaces/0d0fdf63-f2c4-491c-8866-d504796189be

      {
        "virtual_interface" : {
          "name" : "vif-0819",
          "description" : "mytest",
          "bandwidth" : 2
        }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
        "virtual_interface" : {
          "id" : "0d0fdf63-f2c4-491c-8866-d504796189be",
          "name" : "vif-0819",
          "description" : "mytest",
          "tenant_id" : "0605768a3300d5762f82c01180692873",
          "direct_connect_id" : "4673e339-8412-4ee1-b73e-2ba9cdfa54c1",
          "vgw_id" : "8a47064a-f34c-4f94-b7fe-cac456c9b37b",
          "type" : "private",
          "service_type" : "VGW",
          "vlan" : 332,
          "bandwidth" : 2,
          "status" : "ACTIVE",
          "create_time" : "2022-08-19T11:28:06.000Z",
          "admin_state_up" : true,
          "enable_bfd" : false,
          "route_limit" : 50,
          "enable_nqa" : false,
          "local_gateway_v4_ip" : "1.1.1.1/30",
          "remote_gateway_v4_ip" : "1.1.1.2/30",
          "ies_id" : null,
          "reason" : null,
          "rate_limit" : false,
          "address_family" : "ipv4",
          "local_gateway_v6_ip" : null,
          "remote_gateway_v6_ip" : null,
          "lgw_id" : null,
          "lag_id" : null,
          "gateway_id" : null,
          "remote_ep_group" : [ "1.1.2.0/30" ],
          "service_ep_group" : [ ],
          "bgp_route_limit" : 100,
          "priority" : "normal",
          "vif_peers" : [ {
            "id" : "c768eb52-12a8-4859-9b43-81194643040c",
            "tenant_id" : "0605768a3300d5762f82c01180692873",
            "name" : "vif-0819",
            "description" : "",
            "address_family" : "ipv4",
            "local_gateway_ip" : "1.1.1.1/30",
            "remote_gateway_ip" : "1.1.1.2/30",
            "route_mode" : "static",
            "bgp_asn" : null,
            "bgp_md5" : null,
            "device_id" : "18.9.215.131",
            "bgp_route_limit" : 100,
            "bgp_status" : null,
            "status" : "ACTIVE",
            "vif_id" : "0d0fdf63-f2c4-491c-8866-d504796189be",
            "receive_route_num" : -1,
            "remote_ep_group" : [ "1.1.2.0/30" ],
            "service_ep_group" : null,
            "enable_bfd" : false,
            "enable_nqa" : false
          } ],
          "enterprise_project_id" : "0"
        },
        "request_id" : "5633df7af874576d819a481c76673236"
      }
      """
    And the response echoes these request members:
      | /virtual_interface/bandwidth   |
      | /virtual_interface/description |
      | /virtual_interface/name        |
