@dcaas
Feature: DeleteVifPeer — what was created can be deleted
  Huawei Cloud Direct Connect API v3, DeleteVifPeer as openapi/dcaas.yaml
  records it (204 with no body; no page of it is among the seed docs).
  The peer is created with the CreateVifPeer page's documented request; the
  scenario deletes it itself, so the cleanup after the scenario has nothing
  left to delete.

  Scenario: a created peer can be deleted, and nothing is left behind
    Given the "dcaas" API
    When I send the documented "CreateVifPeer" request:
      """
      POST https://{endpoint}/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers/68250543-0a13-4ac7-aa36-d018856ac640 { "vif_peer" : { "name" : "vif-0819", "description" : "mytest", "remote_ep_group" : [ "20.1.1.0/24" ] } }
      """
    Then the response status is 201
    And I keep the response member "/vif_peer/id" as "peer"
    When I send the "DeleteVifPeer" request:
      """
      DELETE https://{endpoint}/v3/{project_id}/dcaas/vif-peers/{{peer}}
      """
    Then the response status is 204
    And the response satisfies the contract
