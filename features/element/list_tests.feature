@element @imported @since:9.6
Feature: ListTests — ListTests
  Imported by conform import from the element reference page "ListTests". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListTests" request:
      """
      {
         "method": "ListTests",
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
        "id": 1,
        "result": {
         "tests": [
                   "TestConnectEnsemble",
                   "TestConnectMvip",
                   "TestConnectSvip",
                   "TestDrives",
                   "TestHardwareConfig",
                   "TestLocateCluster",
                   "TestPing",
                   "TestLocalConnectivity",
                   "TestRemoteConnectivity",
                   "TestNetworkConfig"
                 ]
            }
      }
      """
