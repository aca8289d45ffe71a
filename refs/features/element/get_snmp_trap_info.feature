@element @since:9.6
Feature: GetSnmpTrapInfo — GetSnmpTrapInfo
  Imported by conform import from the element reference page "GetSnmpTrapInfo". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetSnmpTrapInfo" request:
      """
      {
         "method":"GetSnmpTrapInfo"
         "params":{},
         "id":1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
        "id": 1,
        "result": {
          "clusterEventTrapsEnabled": true,
          "clusterFaultResolvedTrapsEnabled": true,
          "clusterFaultTrapsEnabled": true,
          "trapRecipients": [
           {
            "community": "public",
            "host": "192.168.151.60",
            "port": 162
           },
           {
            "community": "solidfireAlerts",
            "host": "NetworkMonitor",
            "port": 162
           },
           {
            "community": "wakeup",
            "host": "PhoneHomeAlerter",
            "port": 1008
           }
         ]
       }
      }
      """
