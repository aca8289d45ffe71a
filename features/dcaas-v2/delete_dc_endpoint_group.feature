@dcaas-v2 @imported
Feature: DeleteDcEndpointGroup — Deleting an Endpoint Group
  Imported by conform import from the huawei reference page "Deleting an Endpoint Group". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "dcaas-v2" API
    When I send the documented "DeleteDcEndpointGroup" request:
      """
      DELETE /v2.0/dcaas/dc-endpoint-groups/{endpoint_group_id}
      """
    And the response satisfies the contract
