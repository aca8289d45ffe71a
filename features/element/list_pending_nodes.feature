@element @imported @since:9.6
Feature: ListPendingNodes — ListPendingNodes
  Imported by conform import from the element reference page "ListPendingNodes". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListPendingNodes" request:
      """
      {
         "method": "ListPendingNodes",
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
        "id": 3,
        "result": {
          "pendingNodes": [
            {
              "assignedNodeID": 0,
              "cip": "10.26.65.101",
              "cipi": "Bond10G",
              "compatible": true,
              "mip": "172.26.65.101",
              "mipi": "Bond1G",
              "name": "VWC-EN101",
              "pendingNodeID": 1,
              "platformInfo": {
                "chassisType": "R620",
                "cpuModel": "Intel(R) Xeon(R) CPU E5-2640 0 @ 2.50GHz",
                "nodeMemoryGB": 72,
                "nodeType": "SF3010"
              },
              "sip": "10.26.65.101",
              "sipi": "Bond10G",
              "softwareVersion": "9.0.0.1554",
              "uuid": "4C4C4544-0048-4410-8056-C7C04F395931"
            }
          ]
        }
      }
      """
