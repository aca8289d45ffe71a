@element @imported @since:9.6
Feature: GetRemoteLoggingHosts — GetRemoteLoggingHosts
  Imported by conform import from the element reference page "GetRemoteLoggingHosts". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetRemoteLoggingHosts" request:
      """
      {
         "id": 3386609,
         "method": "GetRemoteLoggingHosts",
         "params": {}
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
         "id": 3386609,
         "result": {
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
