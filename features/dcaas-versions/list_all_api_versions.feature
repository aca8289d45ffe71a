@dcaas-versions @imported
Feature: ListAllApiVersions — Querying All API Versions
  Imported by conform import from the huawei reference page "Querying All API Versions". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "dcaas-versions" API
    When I send the documented "ListAllApiVersions" request:
      """
      GET /
      """
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
          "versions": [
              {
                  "id": "v2.0",
                  "links": [
                      {
                          "href": "dcaas.***.***.com/v2.0/",
                          "rel": "self"
                      }
                  ],
                  "min_version": "",
                  "updated": "YYYY-MM-DDTHH:MM:SSZ",
                  "status": "CURRENT",
                  "version": ""
              }
          ]
      }
      """
