@element @imported @since:9.6
Feature: ModifySchedule — ModifySchedule
  Imported by conform import from the element reference page "ModifySchedule". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifySchedule" request:
      """
      {
        "method": "ModifySchedule",
        "params": {
          "scheduleName" : "Chicago",
          "scheduleID" : 3
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
          "schedule": {
            "attributes": {
              "frequency": "Days Of Week"
                  },
            "hasError": false,
            "hours": 5,
            "lastRunStatus": "Success",
            "lastRunTimeStarted": null,
            "minutes": 0,
            "monthdays": [],
            "paused": false,
            "recurring": true,
            "runNextInterval": false,
            "scheduleID": 3,
            "scheduleInfo": {
              "volumeID": "2"
                  },
            "scheduleName": "Chicago",
            "scheduleType": "Snapshot",
            "startingDate": null,
            "toBeDeleted": false,
            "weekdays": [
              {
                "day": 2,
                "offset": 1
            }
            ]
          }
        }
      }
      """
