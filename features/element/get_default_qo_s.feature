@element @imported @since:9.6
Feature: GetDefaultQoS — GetDefaultQoS
  Imported by conform import from the element reference page "GetDefaultQoS". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetDefaultQoS" request:
      """
      {
         "method": "GetDefaultQoS",
         "params": {},
         "id" : 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
         "id" : 1,
         "result" : {
            "burstIOPS" : 15000,
            "burstTime" : 60,
            "curve" : {
               "1048576" : 15000,
               "131072" : 1900,
               "16384" : 270,
               "262144" : 3000,
               "32768" : 500,
               "4096" : 100,
               "524288" : 7500,
               "65536" : 1000,
               "8192" : 160
            },
            "maxIOPS" : 15000,
            "minIOPS" : 100
         }
      }
      """
