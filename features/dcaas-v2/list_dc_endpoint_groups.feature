@dcaas-v2 @imported
Feature: ListDcEndpointGroups — Querying the Direct Connect Endpoint Group List
  Imported by conform import from the huawei reference page "Querying the Direct Connect Endpoint Group List". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example 1: Querying all Direct Connect endpoint groups
    Given the "dcaas-v2" API
    When I send the documented "ListDcEndpointGroups" request:
      """
      GET /v2.0/dcaas/dc-endpoint-groups
      """
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
           "dc_endpoint_groups" : [{
               "id" : "6ecd9cf3-ca64-46c7-863f-f2eb1b9e838a",
               "tenant_id" : "6fbe9263116a4b68818cf1edce16bc4f",
               "name" : "endpoint group1",
               "description" : "",
               "endpoints" : [ "10.2.0.0/24", "10.3.0.0/24" ],
               "type" : "cidr"
          }]
      }
      """

  @readonly
  Scenario: the documented example 2: Querying a Direct Connect endpoint group by ID
    Given the "dcaas-v2" API
    When I send the documented "ListDcEndpointGroups" request:
      """
      GET /v2.0/dcaas/dc-endpoint-groups?id=6ecd9cf3-ca64-46c7-863f-f2eb1b9e838a
      """
    And the response satisfies the contract
