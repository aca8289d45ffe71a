@element @imported @since:9.6
Feature: GetSchedule — GetSchedule
  Imported by conform import from the element reference page "GetSchedule". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetSchedule" request:
      """
      {
      "method": "GetSchedule",
        "params": {
                    "scheduleID" : 2
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
          "schedule": {
            "attributes": {
              "frequency": "Time Interval"
            },
             "hasError": false,
             "hours": 0,
             "lastRunStatus": "Success",
             "lastRunTimeStarted": "2015-03-23T21:25:00Z",
             "minutes": 2,
             "monthdays": [],
             "paused": false,
             "recurring": true,
             "runNextInterval": false,
             "scheduleID": 2,
             "scheduleInfo": {
                "name": "MCA2",
                "volumeID": "3"
             },
             "scheduleName": "MCAsnapshot2",
             "scheduleType": "Snapshot",
             "startingDate": "2015-03-23T19:28:57Z",
             "toBeDeleted": false,
             "weekdays": []
            }
         }
      }
      """
