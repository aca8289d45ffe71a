@dcaas @imported
Feature: DeleteDirectConnect — Deleting a Connection
  Imported by conform import from the huawei reference page "Deleting a Connection". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "dcaas" API
    When I send the documented "DeleteDirectConnect" request:
      """
      DELETE https://{dc_endpoint}/v3/6fbe9263116a4b68818cf1edce16bc4f/dcaas/direct-connects/6ecd9cf3-ca64-46c7-863f-f2eb1b9e838a
      """
    Then the response status is 204
    And the response satisfies the contract
