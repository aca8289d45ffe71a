@element @imported @since:9.6
Feature: CreateSchedule — CreateSchedule
  Imported by conform import from the element reference page "CreateSchedule". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example 1: Request example 1
    Given the "element" API
    When I send the documented "CreateSchedule" request:
      """
      {
        "method":"CreateSchedule",
        "params":{
          "hours":0,
          "minutes":0,
          "paused":false,
          "recurring":false,
          "scheduleName":"MCAsnapshot1",
          "scheduleType":"snapshot",
          "attributes":{
            "frequency":"Days Of Week"
          },
          "scheduleInfo":{
            "volumeID":"1",
            "name":"MCA1"
          },
          "monthdays":[],
          "weekdays":[
            {
              "day":0,
              "offset":1
            },
            {
              "day":3,
              "offset":1
            }
          ],
          "startingDate":"2015-06-01T19:17:54Z"
        },
         "id":1
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
            "hours": 0,
            "lastRunStatus": "Success",
            "lastRunTimeStarted": null,
            "minutes": 0,
            "monthdays": [],
            "paused": false,
            "recurring": false,
            "runNextInterval": false,
            "scheduleID": 4,
            "scheduleInfo": {
              "name": "MCA1",
              "volumeID": "1"
            },
            "scheduleName": "MCAsnapshot1",
            "scheduleType": "Snapshot",
            "startingDate": "2015-06-01T19:17:54Z",
            "toBeDeleted": false,
            "weekdays": [
              {
                "day": 0,
                "offset": 1
              },
              {
                "day": 3,
                "offset": 1
              }
            ]
          },
          "scheduleID": 4
        }
      }
      """

  @mutating
  Scenario: the documented example 2: Request example 2
    Given the "element" API
    When I send the documented "CreateSchedule" request:
      """
      {
        "method":"CreateSchedule",
          "params":{
            "hours":12,
            "minutes":15,
            "paused":false,
            "recurring":true,
            "scheduleName":"MCASnapshot1",
            "scheduleType":"snapshot",
            "attributes":{
              "frequency":"Days Of Month"
            },
            "scheduleInfo":{
              "volumeID":"1"
            },
            "weekdays":[
            ],
            "monthdays":[
              1,
              10,
              15,
              30
            ],
            "startingDate":"2015-04-02T18:03:15Z"
          },
          "id":1
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
              "frequency": "Days Of Month"
            },
            "hasError": false,
            "hours": 12,
            "lastRunStatus": "Success",
            "lastRunTimeStarted": null,
            "minutes": 15,
            "monthdays": [
              1,
              10,
              15,
              30
            ],
            "paused": false,
            "recurring": true,
            "runNextInterval": false,
            "scheduleID": 5,
            "scheduleInfo": {
              "volumeID": "1"
            },
            "scheduleName": "MCASnapshot1",
            "scheduleType": "Snapshot",
            "startingDate": "2015-04-02T18:03:15Z",
            "toBeDeleted": false,
            "weekdays": []
          },
            "scheduleID": 5
        }
      }
      """

  @mutating
  Scenario: the documented example 3: Request example 3
    Given the "element" API
    When I send the documented "CreateSchedule" request:
      """
      {
        "method":"CreateSchedule",
        "params":{
          "hours":14,
          "minutes":45,
          "paused":false,
          "recurring":true,
          "scheduleName":"MCASnapUser1",
          "scheduleType":"snapshot",
          "attributes":{
            "frequency":"Days Of Month"
          },
          "scheduleInfo":{
            "volumes":[1,2]
          },
          "weekdays":[],
          "monthdays":[2,3,4],
          "startingDate":"2015-04-02T20:38:23Z"
        },
        "id":1
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
              "frequency": "Days Of Month"
            },
            "hasError": false,
            "hours": 14,
            "lastRunStatus": "Success",
            "lastRunTimeStarted": null,
            "minutes": 45,
            "monthdays": [
              2,
              3,
              4
            ],
            "paused": false,
            "recurring": true,
            "runNextInterval": false,
            "scheduleID": 6,
            "scheduleInfo": {
              "volumes": [
                1,
                2
              ]
            },
            "scheduleName": "MCASnapUser1",
            "scheduleType": "Snapshot",
            "startingDate": "2015-04-02T20:38:23Z",
            "toBeDeleted": false,
            "weekdays": []
          },
          "scheduleID": 6
        }
      }
      """
