@element @imported @since:9.6
Feature: RemoveClusterPair — RemoveClusterPair
  Imported by conform import from the element reference page "RemoveClusterPair". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example, on what StartClusterPairing made first
    Given the "element" API
    When I send the documented "StartClusterPairing" request:
      """
      {
         "method": "StartClusterPairing",
         "params": {
            },
         "id" : 1
      }
      """
    Then the response status is 200
    And I keep the response member "/result/clusterPairID" as "clusterPairID"
    When I send the "RemoveClusterPair" request:
      """
      {
        "id": 1,
        "method": "RemoveClusterPair",
        "params": {
          "clusterPairID": {{clusterPairID}}
        }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
         "id": 1,
         "result": {}
      }
      """
