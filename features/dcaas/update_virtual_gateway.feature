@dcaas @imported
Feature: UpdateVirtualGateway — Updating a Virtual Gateway
  Imported by conform import from the huawei reference page "Updating a Virtual Gateway". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "dcaas" API
    When I send the documented "UpdateVirtualGateway" request:
      """
      PUT https://{dc_endpoint}/v3/0605768a3300d5762f82c01180692873/dcaas/virtual-gateways/20082c1b-3c99-48d8-8e8c-116af5d7e9f0

      {
        "virtual_gateway" : {
          "name" : "update-vgw-c7b22",
          "description" : "",
          "local_ep_group" : [ "192.168.3.0/24" ]
        }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
        "virtual_gateway" : {
          "id" : "20082c1b-3c99-48d8-8e8c-116af5d7e9f0",
          "name" : "update-vgw-c7b22",
          "description" : "",
          "tenant_id" : "0605768a3300d5762f82c01180692873",
          "vpc_id" : "6592c28e-95d7-4b0a-9f61-004fdf03420c",
          "device_id" : "26.151.63.100",
          "redundant_device_id" : "26.152.128.20",
          "type" : "default",
          "status" : "ACTIVE",
          "admin_state_up" : true,
          "bgp_asn" : 64512,
          "local_ep_group" : [ "192.168.3.0/24" ],
          "enterprise_project_id" : "0",
          "public_border_group" : "center"
        },
        "request_id" : "765f7aaf8f2edd0e719de564ef72e2de"
      }
      """
    And the response echoes these request members:
      | /virtual_gateway/description |
      | /virtual_gateway/name        |
