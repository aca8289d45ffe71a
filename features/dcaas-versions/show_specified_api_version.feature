@dcaas-versions @imported
Feature: ShowSpecifiedApiVersion — Querying a Specified API Version
  Imported by conform import from the huawei reference page "Querying a Specified API Version". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "dcaas-versions" API
    When I send the documented "ShowSpecifiedApiVersion" request:
      """
      GET /v2.0
      """
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
        "version": {
          "id": "v2.0",
          "links": [
            {
              "href": "dcaas.***.***.com/v2.0/",
              "rel": "self"
            }
          ],
          "updated": "YYYY-MM-DDTHH:MM:SSZ",
          "status": "CURRENT",
          "version": "",
          "min_version": ""
        }
      }
      """
