@element @since:9.6 @serial
Feature: Cluster pairing — Start on one cluster, Complete on the other, List, Remove
  NetApp Element cluster pairing: StartClusterPairing on the origin makes a
  key; CompleteClusterPairing with that key, issued on the destination,
  pairs the two; ListClusterPairs lists active and pending pairs;
  RemoveClusterPair closes a pair. A cluster pairs with at most four others.
  The first scenario needs a second cluster, the element API's "destination"
  target (CONFORM_ELEMENT_DESTINATION_URL or --target element:destination=URL).
  Without one it is an embedded reference cluster: the target's own side of
  the pairing is still tested, and the run says so.
  They hold against clusters that already have pairs (each needs one free
  slot; the limit scenario counts what is there first), every pair they make
  is removed afterwards, pass or fail, and they run alone (@serial): under
  --concurrency another scenario's pairs would change the count.

  @two-clusters
  Scenario: a key completed on the destination pairs the two clusters, and removing the pair ends it
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
    Then the response satisfies the contract
    And I keep the response member "/result/clusterPairingKey" as "key"
    And I keep the response member "/result/clusterPairID" as "originPair"
    Given the "element" API at its "destination" target
    When I send the "CompleteClusterPairing" request:
      """
      {"method": "CompleteClusterPairing", "params": {"clusterPairingKey": "{{key}}"}, "id": 2}
      """
    Then the response status is 200
    And the response satisfies the contract
    And I keep the response member "/result/clusterPairID" as "destinationPair"
    When I send the "ListClusterPairs" request:
      """
      {"method": "ListClusterPairs", "params": {}, "id": 3}
      """
    Then the response satisfies the contract
    And the response member "/result/clusterPairs" has an item with "/clusterPairID" equal to {{destinationPair}}
    Given the "element" API
    When I send the "ListClusterPairs" request:
      """
      {"method": "ListClusterPairs", "params": {}, "id": 4}
      """
    Then the response satisfies the contract
    And the response member "/result/clusterPairs" has an item with "/clusterPairID" equal to {{originPair}}
    When I send the "RemoveClusterPair" request:
      """
      {"method": "RemoveClusterPair", "params": {"clusterPairID": {{originPair}}}, "id": 5}
      """
    Then the response status is 200
    And the response satisfies the contract
    When I send the "ListClusterPairs" request:
      """
      {"method": "ListClusterPairs", "params": {}, "id": 6}
      """
    Then the response satisfies the contract
    And the response member "/result/clusterPairs" has no item with "/clusterPairID" equal to {{originPair}}

  Scenario: each StartClusterPairing makes a new key and a new pair
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
    Then the response satisfies the contract
    And I keep the response member "/result/clusterPairingKey" as "first"
    And I keep the response member "/result/clusterPairID" as "firstPair"
    When I send the "RemoveClusterPair" request:
      """
      {"method": "RemoveClusterPair", "params": {"clusterPairID": {{firstPair}}}, "id": 2}
      """
    Then the response satisfies the contract
    When I send the documented "StartClusterPairing" request:
      """
      {
        "method": "StartClusterPairing",
        "params": {
        },
        "id" : 1
      }
      """
    Then the response member "/result/clusterPairingKey" is not {{first}}
    And the response member "/result/clusterPairID" is not {{firstPair}}
    And the response satisfies the contract

  Scenario: a cluster pairs with at most four others; a fifth pairing is refused
    Given the "element" API
    When I send the documented "StartClusterPairing" request until "ListClusterPairs" lists 4 items in "/result/clusterPairs":
      """
      {
        "method": "StartClusterPairing",
        "params": {
        },
        "id" : 1
      }
      """
    And I send the documented "StartClusterPairing" request:
      """
      {
        "method": "StartClusterPairing",
        "params": {
        },
        "id" : 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC error
