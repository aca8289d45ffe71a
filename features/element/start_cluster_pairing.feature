@element @since:9.6 @serial
Feature: StartClusterPairing — create a key to pair this cluster with another
  NetApp Element Software API, StartClusterPairing (new since version 9.6).
  JSON-RPC over HTTPS at /json-rpc/<version>, HTTP Basic auth. The request
  and the response below are the page's examples, verbatim: the response's
  clusterPairingKey is broken across lines as published, and conform says so.
  The pending pair the call creates is removed afterwards (RemoveClusterPair),
  pass or fail. It runs alone (@serial), as every scenario that pairs does:
  a cluster pairs with at most four others, so pairs made at the same time
  by other scenarios could exhaust the limit.

  Scenario: the documented example returns a new pairing key
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
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
        "id": 1,
        "result": {
          "clusterPairID": 1,
          "clusterPairingKey":
      "7b22636c7573746572506169724944223a312c22636c75737465725061697255554944223
      a2231636561313336322d346338662d343631612d626537322d37343536366139353364326
      6222c22636c75737465725556e697175654944223a2278736d36222c226d766970223a22313
      9322e3136382e3133392e313232222c226e616d65223a224175746f54657374322d6330755
      2222c2270617373776f7264223a22695e59686f20492d64774d7d4c67614b222c227270634
      36f6e6e656374696f6e4944223a3931333134323634392c22757365726e616d65223a225f5
      f53465f706169725f50597a796647704c7246564432444a42227d"
        }
      }
      """
