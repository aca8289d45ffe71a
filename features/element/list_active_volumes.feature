@element @imported @since:9.6
Feature: ListActiveVolumes — ListActiveVolumes
  Imported by conform import from the element reference page "ListActiveVolumes". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListActiveVolumes" request:
      """
      {
         "method": "ListActiveVolumes",
         "params": {
            "startVolumeID"  : 0,
            "limit" : 1000
         },
         "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
