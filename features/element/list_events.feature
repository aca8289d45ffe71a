@element @imported @since:9.6
Feature: ListEvents — ListEvents
  Imported by conform import from the element reference page "ListEvents". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListEvents" request:
      """
      {
         "method": "ListEvents",
         "params": {
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
        "id":1,
        "result":{
          "events":[
             {
                "details":
                  {
                    "paramGCGeneration":1431550800,
                    "paramServiceID":2
                  },
                "driveID":0,
                "eventID":2131,
                "eventInfoType":"gcEvent",
                "message":"GC Cluster Coordination Complete",
                "nodeID":0,
                "serviceID":2,
                "severity":0,
                "timeOfPublish":"2015-05-13T21:00:02.361354Z",
                "timeOfReport":"2015-05-13T21:00:02.361269Z"
             },{
                "details":
                     {
                        "eligibleBS":[5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,24,25,26,27,28,29,30,31,40,41,42,43,44,45,46,47,52,53,54,55,56,57,58,59,60],
                        "generation":1431550800,
                        "participatingSS":[23,35,39,51]
                     },
                "driveID":0,
                "eventID":2130,
                "eventInfoType":"gcEvent",
                "message":"GCStarted",
                "nodeID":0,
                "serviceID":2,
                "severity":0,
                "timeOfPublish":"2015-05-13T21:00:02.354128Z",
                "timeOfReport":"2015-05-13T21:00:02.353894Z"
             },{
                "details":"",
                "driveID":0,
                "eventID":2129,
                "eventInfoType":"tSEvent",
                "message":"return code:2 t:41286 tt:41286 qcc:1 qd:1 qc:1 vrc:1 tt:2 ct:Write etl:524288",
                "nodeID":0,
                "serviceID":0,
                "severity":0,
                "timeOfPublish":"2015-05-13T20:45:21.586483Z",
                "timeOfReport":"2015-05-13T20:45:21.586311Z"
             }
           ]
         }
      }
      """
