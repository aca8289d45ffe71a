@dcaas @limits
Feature: CreateVifPeer limits — the documented limits, on the boundary and just outside
  Each scenario changes one member of the documented request in place and
  keeps the rest as documented. Before it judges the answer, conform checks
  the changed request against the contract: a value on the boundary must be
  valid, a value outside it invalid, so a scenario cannot raise a false alarm.

  Scenario Outline: <member> = <value> is inside the documented limits and accepted
    Given the "dcaas" API
    When I send the documented "CreateVifPeer" request with "<member>" set to <value>:
      """
      POST https://{endpoint}/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers/68250543-0a13-4ac7-aa36-d018856ac640 { "vif_peer" : { "name" : "vif-0819", "description" : "mytest", "remote_ep_group" : [ "20.1.1.0/24" ] } }
      """
    Then the changed request is accepted with status 201

    Examples:
      | member                    | value                      |
      | /vif_peer/name            | a string of 64 characters  |
      | /vif_peer/name            | ""                         |
      | /vif_peer/description     | a string of 128 characters |
      | /vif_peer/route_mode      | "static"                   |
      | /vif_peer/bgp_asn         | 1                          |
      | /vif_peer/bgp_asn         | 4294967295                 |
      | /vif_peer/address_family  | "ipv6"                     |
      | /vif_peer/vif_id          | "5d6c17bc-0ebe-420b-8734-21f519e9d7ad" |

  Scenario Outline: <member> = <value> breaks a documented limit and is rejected
    Given the "dcaas" API
    When I send the documented "CreateVifPeer" request with "<member>" set to <value>:
      """
      POST https://{endpoint}/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers/68250543-0a13-4ac7-aa36-d018856ac640 { "vif_peer" : { "name" : "vif-0819", "description" : "mytest", "remote_ep_group" : [ "20.1.1.0/24" ] } }
      """
    Then the changed request is rejected with status 400

    Examples:
      | member                     | value                      |
      | /vif_peer/name             | a string of 65 characters  |
      | /vif_peer/name             | 1                          |
      | /vif_peer/description      | a string of 129 characters |
      | /vif_peer/route_mode       | "dynamic"                  |
      | /vif_peer/bgp_asn          | 0                          |
      | /vif_peer/bgp_asn          | 4294967296                 |
      | /vif_peer/bgp_asn          | "100"                      |
      | /vif_peer/vif_id           | a string of 35 characters  |
      | /vif_peer/vif_id           | a string of 37 characters  |
      | /vif_peer/remote_ep_group  | "20.1.1.0/24"              |
      | /vif_peer/remote_ep_group  | [1]                        |
      | /vif_peer                  | "not an object"            |

  Scenario: a request without a token is rejected
    Given the "dcaas" API
    When I send the documented "CreateVifPeer" request without credentials:
      """
      POST https://{endpoint}/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers/68250543-0a13-4ac7-aa36-d018856ac640 { "vif_peer" : { "name" : "vif-0819", "description" : "mytest", "remote_ep_group" : [ "20.1.1.0/24" ] } }
      """
    Then the changed request is rejected with status 401

  Scenario: a token over 10240 characters is rejected
    Given the "dcaas" API
    When I send the documented "CreateVifPeer" request with a 10241-character token:
      """
      POST https://{endpoint}/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers/68250543-0a13-4ac7-aa36-d018856ac640 { "vif_peer" : { "name" : "vif-0819", "description" : "mytest", "remote_ep_group" : [ "20.1.1.0/24" ] } }
      """
    Then the changed request is rejected with status 401
