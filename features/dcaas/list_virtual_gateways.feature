@dcaas @imported
Feature: ListVirtualGateways — Querying the Virtual Gateway List
  Imported by conform import from the huawei reference page "Querying the Virtual Gateway List". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "dcaas" API
    When I send the documented "ListVirtualGateways" request:
      """
      GET https://{dc_endpoint}/v3/0605768a3300d5762f82c01180692873/dcaas/virtual-gateways?id=40e32deb-c185-47ef-a3d0-02ed1472e805
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
          "request_id": "dad53817cd781f6c31289773f07a276a",
          "virtual_gateways": [
             {
                  "enterprise_project_id": "0",
                  "name": "vgw-0620",
                  "id": "40e32deb-c185-47ef-a3d0-02ed1472e805",
                  "description": "",
                  "tenant_id": "4bd6efdb0fb747b39aa2c0162c112226",
                  "vpc_id": "6ae914c2-f4cf-4107-934a-2423d01b8609",
                  "enterprise_router_id": null,
                  "tags": [],
                  "device_id": "26.151.63.100",
                  "redundant_device_id": "26.152.128.20",
                  "type": "default",
                  "status": "ACTIVE",
                  "admin_state_up": true,
                  "bgp_asn": 64512,
                  "local_ep_group": [
                      "192.168.0.0/24"
                  ],
                  "local_ep_group_ipv6": [
                      "1250:5:300c::/64"
                  ],
                  "public_border_group": "center"
              }
          ],
          "page_info": {
              "previous_marker": "0052b0f3-5b34-4b17-a2a1-287a4396561a",
              "current_count": 45
          }
      }
      """
