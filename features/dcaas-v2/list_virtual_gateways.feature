@dcaas-v2 @imported
Feature: ListVirtualGateways — Querying the Virtual Gateway List
  Imported by conform import from the huawei reference page "Querying the Virtual Gateway List". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example 1: Querying all virtual gateways
    Given the "dcaas-v2" API
    When I send the documented "ListVirtualGateways" request:
      """
      GET /v2.0/dcaas/virtual-gateways
      """
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
          "virtual_gateways" : [{
                  "id": "0a0888a6-4096-43a6-81c6-923912933451",
                  "name": "virtual gateway",
                  "description": null,
                  "tenant_id": "0605768a3300d5762f82c01180692873",
                  "vpc_id": "5352423b-b4ff-4a9e-839d-02698c2b36af",
                  "local_ep_group_id": "f8834cf1-5468-87c7-223d-56e78b9699ab",
                  "local_ep_group_ipv6_id": null,
                  "device_id": "aaa_01",
                  "redundant_device_id": null,
                  "type": "default",
                  "ipsec_bandwidth": 1,
                  "status": "PENDING_CREATE",
                  "admin_state_up": true,
                  "bgp_asn": 64512,
                  "region_id": null
          }]
      }
      """

  @readonly
  Scenario: the documented example 2: Querying a virtual gateway by ID
    Given the "dcaas-v2" API
    When I send the documented "ListVirtualGateways" request:
      """
      GET /v2.0/dcaas/virtual-gateways?id=7ec892f3-ca64-46c7-863f-a2eb1b9e8389
      """
    And the response satisfies the contract
