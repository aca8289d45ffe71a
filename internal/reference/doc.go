// Package reference is conform's embedded reference target: a real HTTP
// server on loopback that implements the two vendor APIs conform ships
// contracts for, written by hand from the vendor pages.
//
//   - Huawei Cloud Direct Connect (DCaaS) v3: POST /v3/{project_id}/dcaas/vif-peers
//     and DELETE /v3/{project_id}/dcaas/vif-peers/{vif_peer_id}, authenticated
//     with X-Auth-Token or, as the vendor's SDKs call it, an AK/SK signature
//     (Authorization: SDK-HMAC-SHA256 …, X-Sdk-Date), checked by recomputing
//     it from the request that arrived.
//   - NetApp Element: JSON-RPC over POST /json-rpc/{version} with HTTP Basic
//     auth, serving StartClusterPairing, CompleteClusterPairing,
//     ListClusterPairs and RemoveClusterPair.
//
// The package deliberately shares no code with conform's contract and
// validation packages. If the reference validated requests or shaped
// responses with the same schemas the harness checks against, a bug in a
// contract would be invisible on both sides; a hand-written target turns such
// a bug into a failing test.
//
// A server can also be started with one named Fault: a deliberate break of
// exactly one documented rule, everything else staying correct. Tests use
// faults to prove that the harness notices each kind of break. Response-side
// faults are applied as a post-processing step on the finished answer, so the
// correct code path never knows about them; request-side faults skip exactly
// one check.
package reference
