@element @imported @since:9.6
Feature: ListSchedules — ListSchedules
  Imported by conform import from the element reference page "ListSchedules". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListSchedules" request:
      """
      {
        "method": "ListSchedules",
          "params": {},
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
          "schedules": [
            {
             "attributes": {
               "frequency": "Days Of Week"
             },
             "hasError": false,
             "hours": 0,
             "lastRunStatus": "Success",
             "lastRunTimeStarted": null,
             "minutes": 1,
             "monthdays": [],
             "paused": false,
             "recurring": false,
             "runNextInterval": false,
             "scheduleID": 3,
             "scheduleInfo": {
                  "name": "Wednesday Schedule",
                  "retention": "00:02:00",
                  "volumeID": "2"
            },
            "scheduleName": "Vol2Schedule",
            "scheduleType": "Snapshot",
            "startingDate": "2015-03-23T20:08:33Z",
            "toBeDeleted": false,
            "weekdays": [
                {
                  "day": 3,
                  "offset": 1
                }
           ]
         },
         {
            "attributes": {
                "frequency": "Time Interval"
            },
             "hasError": false,
             "hours": 0,
             "lastRunStatus": "Success",
             "lastRunTimeStarted": "2015-03-23T21:40:00Z",
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
           ]
        }
      }
      """
