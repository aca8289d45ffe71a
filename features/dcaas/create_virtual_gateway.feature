@dcaas @imported
Feature: CreateVirtualGateway — Creating a Virtual Gateway
  Imported by conform import from the huawei reference page "Creating a Virtual Gateway". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "dcaas" API
    When I send the documented "CreateVirtualGateway" request:
      """
      POST https://{dc_endpoint}/v3/4bd6efdb0fb747b39aa2c0162c112226/dcaas/virtual-gateways

      {
          "virtual_gateway": {
              "name": "vgw-ec56",
              "description": "",
              "type": "default",
              "vpc_id": "e970dd53-c347-47da-a20e-8190282fc887",
              "enterprise_project_id": "0",
              "tags": [],
              "local_ep_group": [],
              "local_ep_group_ipv6": [
                  "1250:5:300c::/64"
              ]
          }
      }
      """
    Then the response status is 201
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
          "virtual_gateway": {
              "enterprise_project_id": "0",
              "name": "vgw-ec56",
              "id": "aabd3b0b-c937-4fa0-a07b-b6fa5034aa3e",
              "description": "",
              "tenant_id": "4bd6efdb0fb747b39aa2c0162c112226",
              "vpc_id": "e970dd53-c347-47da-a20e-8190282fc887",
              "enterprise_router_id": null,
              "tags": [],
              "device_id": null,
              "redundant_device_id": null,
              "type": "default",
              "status": "ACTIVE",
              "admin_state_up": true,
              "bgp_asn": 64512,
              "local_ep_group": [],
              "local_ep_group_ipv6": [
                  "1250:5:300c::/64"
              ],
              "public_border_group": null
          },
          "request_id": "f97c27791c2700359b6f1c88120d43af"
      }
      """
    And the response echoes these request members:
      | /virtual_gateway/description           |
      | /virtual_gateway/enterprise_project_id |
      | /virtual_gateway/name                  |
      | /virtual_gateway/type                  |
      | /virtual_gateway/vpc_id                |
