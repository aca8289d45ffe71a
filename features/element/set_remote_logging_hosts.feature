@element @imported @since:9.6
Feature: SetRemoteLoggingHosts — SetRemoteLoggingHosts
  Imported by conform import from the element reference page "SetRemoteLoggingHosts". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "SetRemoteLoggingHosts" request:
      """
      {
         "id": 1,
         "method": "SetRemoteLoggingHosts",
         "params": {
           "remoteHosts": [
              {
                "host": "172.16.1.20",
                "port": 10514
              },
              {
                "host": "172.16.1.25"
              },
              {
                "host": "syslogs.lab.company.net",
                "port": 514
              }
            ]
         }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
          "id" : 1,
          "result" : {}
      }
      """
