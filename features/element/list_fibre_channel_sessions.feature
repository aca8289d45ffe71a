@element @imported @since:9.6
Feature: ListFibreChannelSessions — ListFibreChannelSessions
  Imported by conform import from the element reference page "ListFibreChannelSessions". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListFibreChannelSessions" request:
      """
      {
         "method": "ListFibreChannelSessions",
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
        "id" : 1,
        "result" : {
           "sessions" : [
          {
             "initiatorWWPN" : "21:00:00:0e:1e:14:af:40",
             "nodeID" : 5,
             "serviceID" : 21,
             "targetWWPN": "5f:47:ac:c0:00:00:00:10",
             "volumeAccessGroupID": 7
          },
          {
             "initiatorWWPN" : "21:00:00:0e:1e:14:af:40",
             "nodeID" : 1,
             "serviceID" : 22,
             "targetWWPN": "5f:47:ac:c0:00:00:00:11",
             "volumeAccessGroupID": 7
          }
          ]
        }
      }
      """
