@element @imported @since:11.0
Feature: GetLldpInfo — GetLldpInfo
  Imported by conform import from the element reference page "GetLldpInfo". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetLldpInfo" request:
      """
      {
         "method": "GetLldpInfo",
         "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
