@dcaas @imported
Feature: DeleteHostedConnect — Deleting a Hosted Connection
  Imported by conform import from the huawei reference page "Deleting a Hosted Connection". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "dcaas" API
    When I send the documented "DeleteHostedConnect" request:
      """
      DELETE https://{dc_endpoint}/v3/08d5a9564a704afda6039ae2babbef3c/dcaas/hosted-connects/94c2b814-99dc-939a-e811-ae84c61ea3ff
      """
    Then the response status is 204
    And the response satisfies the contract
