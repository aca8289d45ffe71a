@dcaas-v2 @imported
Feature: DeleteVirtualGateway — Deleting a Virtual Gateway
  Imported by conform import from the huawei reference page "Deleting a Virtual Gateway". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "dcaas-v2" API
    When I send the documented "DeleteVirtualGateway" request:
      """
      DELETE /v2.0/dcaas/virtual-gateways/{virtual_gateway_id}
      """
    And the response satisfies the contract
