@dcaas @imported
Feature: ListHostedConnects — Querying the Hosted Connection List
  Imported by conform import from the huawei reference page "Querying the Hosted Connection List". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "dcaas" API
    When I send the documented "ListHostedConnects" request:
      """
      POST https://{dc_endpoint}/v3/6fbe9263116a4b68818cf1edce16bc4f/dcaas/hosted-connects
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
        "request_id" : "a59a3776faa1d055f8124dc7b0977a90",
        "hosted_connects" : [ {
          "id" : "0278b472-ffa5-4eb3-8c0d-979d479f8ef6",
          "name" : "client-dc-faf1",
          "description" : "Hosted Connect",
          "tenant_id" : "0605768a3300d5762f82c01180692873",
          "hosting_id" : "2cfb53be-b05f-40d5-a2f8-3a59ac383836",
          "vlan" : 441,
          "bandwidth" : 10,
          "location" : "ExampleLocation",
          "peer_location" : "",
          "provider" : "ExampleProvider",
          "type" : "hosted",
          "port_type" : "10G",
          "provider_status" : "ACTIVE",
          "status" : "ACTIVE",
          "apply_time" : "2022-07-13T08:25:38.000Z",
          "admin_state_up" : true,
          "create_time" : "2022-07-13T08:25:38.000Z"
        } ]
      }
      """
