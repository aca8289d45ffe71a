@dcaas-v2 @imported
Feature: DeleteVirtualInterface — Deleting a Virtual Interface
  Imported by conform import from the huawei reference page "Deleting a Virtual Interface". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "dcaas-v2" API
    When I send the documented "DeleteVirtualInterface" request:
      """
      DELETE /v2.0/dcaas/virtual-interfaces/{virtual_interface_id}
      """
    And the response satisfies the contract
