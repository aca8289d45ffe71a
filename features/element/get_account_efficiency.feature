@element @imported @since:9.6
Feature: GetAccountEfficiency — GetAccountEfficiency
  Imported by conform import from the element reference page "GetAccountEfficiency". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetAccountEfficiency" request:
      """
      {
         "method": "GetAccountEfficiency",
         "params": {
           "accountID": 3
         },
         "id": 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
         "id": 1,
         "result": {
             "compression": 2.020468042933262,
             "deduplication": 2.042488619119879,
             "missingVolumes": [],
             "thinProvisioning": 1.010087163391013,
             "timestamp": "2014-03-10T14:06:02Z"
         }
      }
      """
