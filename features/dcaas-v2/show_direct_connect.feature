@dcaas-v2 @imported
Feature: ShowDirectConnect — Querying a Connection
  Imported by conform import from the huawei reference page "Querying a Connection". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "dcaas-v2" API
    When I send the documented "ShowDirectConnect" request:
      """
      GET /v2.0/dcaas/direct-connects/{direct_connect_id}
      """
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
          "direct_connect": {
              "id": "d58f30f5-549b-401f-ab42-dd7d2898deb5",
              "name": "direct connect",
              "description": null,
              "tenant_id": "0605768a3300d5762f82c01180692873",
              "type": "standard",
              "hosting_id": null,
              "vlan": null,
              "charge_mode": "prepayment",
              "port_type": "1G",
              "bandwidth": 1000,
              "location": "hangzhou",
              "peer_location": null,
              "device_id": "aaa_01",
              "interface_name": null,
              "redundant_id": null,
              "provider": "test",
              "provider_status": "DOWN",
              "status": "BUILD",
              "apply_time": "2021-10-11T12:54:46Z",
              "reason": null,
              "admin_state_up": true,
              "order_id": "CS2110112054UWX16",
              "product_id": "00301-161093-0--0",
              "spec_code": "1ge",
              "applicant": null,
              "mobile": null,
              "email": null,
              "create_time": "2021-10-11T12:54:46Z",
              "region_id": null,
              "service_key": null,
              "cable_label": null,
              "peer_port_type": null,
              "peer_provider": null,
              "onestop_product_id": null,
              "building_line_product_id": null,
              "last_onestop_product_id": null,
              "period_type": null,
              "period_num": null,
              "vgw_type": "default",
              "lag_id": null
             }
      }
      """
