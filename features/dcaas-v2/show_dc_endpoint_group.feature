@dcaas-v2 @imported
Feature: ShowDcEndpointGroup — Querying a Direct Connect Endpoint Group
  Imported by conform import from the huawei reference page "Querying a Direct Connect Endpoint Group". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "dcaas-v2" API
    When I send the documented "ShowDcEndpointGroup" request:
      """
      GET /v2.0/dcaas/dc-endpoint-groups/{endpoint_group_id}
      """
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
          "dc_endpoint_group" : {
               "id" : "6ecd9cf3-ca64-46c7-863f-f2eb1b9e838a",
               "tenant_id" : "6fbe9263116a4b68818cf1edce16bc4f",
               "name" : "endpoint group1",
               "description" : "",
               "endpoints" : [ "10.2.0.0/24", "10.3.0.0/24" ],
               "type" : "cidr"
          }
      }
      """
