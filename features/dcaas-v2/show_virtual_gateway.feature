@dcaas-v2 @imported
Feature: ShowVirtualGateway — Querying a Virtual Gateway
  Imported by conform import from the huawei reference page "Querying a Virtual Gateway". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "dcaas-v2" API
    When I send the documented "ShowVirtualGateway" request:
      """
      GET /v2.0/dcaas/virtual-gateways/{virtual_gateway_id}
      """
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
          "virtual_gateway" : {
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
          }
      }
      """
