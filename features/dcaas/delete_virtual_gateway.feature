@dcaas @imported
Feature: DeleteVirtualGateway — Deleting a Virtual Gateway
  Imported by conform import from the huawei reference page "Deleting a Virtual Gateway". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "dcaas" API
    When I send the documented "DeleteVirtualGateway" request:
      """
      DELETE https://{dc_endpoint}/v3/08d5a9564a704afda6039ae2babbef3c/dcaas/virtual-gateways/20082c1b-3c99-48d8-8e8c-116af5d7e9f0
      """
    Then the response status is 204
    And the response satisfies the contract
