@dcaas-v2 @imported
Feature: CreateDcEndpointGroup — Creating an Endpoint Group
  Imported by conform import from the huawei reference page "Creating an Endpoint Group". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "dcaas-v2" API
    When I send the documented "CreateDcEndpointGroup" request:
      """
      POST /v2.0/dcaas/dc-endpoint-groups
      {
           "dc_endpoint_group" : {
               "name" : "endpoint group1",
               "endpoints" : [ "10.2.0.0/24", "10.3.0.0/24" ],
               "type" : "cidr"
           }
      }
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
    And the response echoes these request members:
      | /dc_endpoint_group/name |
      | /dc_endpoint_group/type |
