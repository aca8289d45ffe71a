@dcaas
Feature: CreateVifPeer — create a virtual interface peer
  Huawei Cloud Direct Connect API v3, "Creating a Virtual Interface Peer"
  (POST /v3/{project_id}/dcaas/vif-peers). The request and the response
  below are the page's examples, verbatim. The request example's URL has a
  path segment the URI does not document; conform sends it to the URI and
  reports the difference. Peers the scenario creates are deleted afterwards
  (DeleteVifPeer), pass or fail.

  Scenario: the documented example creates a peer
    Given the "dcaas" API
    When I send the documented "CreateVifPeer" request:
      """
      POST https://{endpoint}/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers/68250543-0a13-4ac7-aa36-d018856ac640 { "vif_peer" : { "name" : "vif-0819", "description" : "mytest", "remote_ep_group" : [ "20.1.1.0/24" ] } }
      """
    Then the response status is 201
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      { "vif_peer" : { "name" : "vif-0819", "description" : "mytest", "id" : "4c95de3e-9f75-4357-9c79-b22498dd71c7", "tenant_id" : "ed28c294165741faaeccab26913122a1", "address_family" : "ipv4", "local_gateway_ip" : "12.3.4.1/30", "remote_gateway_ip" : "12.3.4.2/30", "route_mode" : "static", "bgp_asn" : null, "bgp_md5" : null, "bgp_route_limit" : 100, "bgp_status" : null, "status" : "ACTIVE", "vif_id" : "5d6c17bc-0ebe-420b-8734-21f519e9d7ad", "receive_route_num" : -1, "remote_ep_group" : [ "12.3.4.0/30 172.56.0.0/16" ] } }
      """
    And the response echoes these request members:
      | /vif_peer/name        |
      | /vif_peer/description |
