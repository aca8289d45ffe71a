@dcaas @imported
Feature: DeleteVirtualInterface — Deleting a Virtual Interface
  Imported by conform import from the huawei reference page "Deleting a Virtual Interface". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "dcaas" API
    When I send the documented "DeleteVirtualInterface" request:
      """
      DELETE https://{dc_endpoint}/v3/0605768a3300d5762f82c01180692873/dcaas/virtual-interfaces/0d0fdf63-f2c4-491c-8866-d504796189be
      """
    Then the response status is 204
    And the response satisfies the contract
