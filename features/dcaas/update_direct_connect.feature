@dcaas @imported
Feature: UpdateDirectConnect — Updating a Connection
  Imported by conform import from the huawei reference page "Updating a Connection". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "dcaas" API
    When I send the documented "UpdateDirectConnect" request:
      """
      PUT https://{dc_endpoint}/v3/6fbe9263116a4b68818cf1edce16bc4f/dcaas/direct-connects/6ecd9cf3-ca64-46c7-863f-f2eb1b9e838a

      {
        "direct_connect" : {
          "description" : "",
          "name" : "direct connect1"
        }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
        "request_id" : "9a4f4dfc4fb2fc101e65bba07d908535",
        "direct_connect" : {
          "bandwidth" : 100,
          "create_time" : "2018-10-19T09:53:26.000Z",
          "port_type" : "10G",
          "id" : "6ecd9cf3-ca64-46c7-863f-f2eb1b9e838a",
          "apply_time" : "2018-10-19T09:53:26.000Z",
          "peer_location" : "",
          "peer_port_type" : null,
          "peer_provider" : null,
          "location" : "ExampleLocation",
          "provider" : "ExampleProvider",
          "type" : "standard",
          "status" : "BUILD",
          "description" : "",
          "provider_status" : "ACTIVE",
          "order_id" : "",
          "vlan" : null,
          "device_id" : "172.16.40.2",
          "name" : "direct connect1",
          "admin_state_up" : true,
          "tenant_id" : "6fbe9263116a4b68818cf1edce16bc4f",
          "hosting_id" : null,
          "product_id" : "",
          "vgw_type" : "default",
          "spec_code" : "100ge",
          "charge_mode" : null,
          "support_feature" : [ ],
          "ies_id" : null,
          "reason" : null,
          "email" : "cloud@example.com",
          "onestop_product_id" : null,
          "building_line_product_id" : null,
          "last_building_line_product_id" : null,
          "last_onestop_product_id" : null,
          "modified_bandwidth" : null,
          "change_mode" : null,
          "onestopdc_status" : null,
          "public_border_group" : "center",
          "auto_renew" : 0,
          "ratio_95peak" : null
        }
      }
      """
    And the response echoes these request members:
      | /direct_connect/description |
      | /direct_connect/name        |
