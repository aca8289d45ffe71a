@element @imported @since:12.0
Feature: GetBinAssignmentProperties — GetBinAssignmentProperties
  Imported by conform import from the element reference page "GetBinAssignmentProperties". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetBinAssignmentProperties" request:
      """
      {
          "method": "GetBinAssignmentProperties",
          "params": {
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
              "properties": {
                  "algorithmRuntimeMS": 1105,
                  "areReplicasValid": true,
                  "binCount": 65536,
                  "isBalanced": true,
                  "isStable": true,
                  "isWellCoupled": false,
                  "layout": [
                      {
                          "protectionDomainName": "1",
                          "services": [
                              {
                                  "budget": 7281,
                                  "serviceID": 16
                              },
                              {
                                  "budget": 7281,
                                  "serviceID": 19
                              },
                              {
                                  "budget": 7281,
                                  "serviceID": 24
                              }
                          ]
                      },
                      {
                          "protectionDomainName": "2",
                          "services": [
                              {
                                  "budget": 7281,
                                  "serviceID": 17
                              },
                              {
                                  "budget": 7281,
                                  "serviceID": 20
                              },
                              {
                                  "budget": 7281,
                                  "serviceID": 22
                              }
                          ]
                      },
                      {
                          "protectionDomainName": "3",
                          "services": [
                              {
                                  "budget": 7281,
                                  "serviceID": 18
                              },
                              {
                                  "budget": 7281,
                                  "serviceID": 21
                              },
                              {
                                  "budget": 7281,
                                  "serviceID": 23
                              }
                          ]
                      }
                  ],
                  "numSwaps": 0,
                  "numUpdatingBins": 0,
                  "protectionDomainType": "node",
                  "reason": "Final",
                  "replicationCount": 2,
                  "requestRebalance": false,
                  "serviceStrandedCapacities": [],
                  "timePublished": "2020-04-02T18:34:07.807681Z",
                  "validSchemes": []
              }
          }
      }
      """
