@element @since:12.2
Feature: EnableMaintenanceMode — EnableMaintenanceMode
  Imported by conform import from the element reference page "EnableMaintenanceMode". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "EnableMaintenanceMode" request:
      """
      {
        "method": "EnableMaintenanceMode",
        "params": {
          "forceWithUnresolvedFaults": False,
          "nodes": [6],
          "perMinutePrimarySwapLimit" : 40,
          "timeout" : "01:00:05"
        },
      "id": 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
         "id": 1,
         "result":
            {
              "requestedMode": "ReadyForMaintenance",
              "asyncHandle": 1,
              "currentMode": "Disabled"
          }
      }
      """
