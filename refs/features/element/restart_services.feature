@element @since:9.6
Feature: RestartServices — RestartServices
  Imported by conform import from the element reference page "RestartServices". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "RestartServices" request:
      """
      {
         "method": "RestartServices",
         "params": {
                    "force" : true
                    "action" : restart,
                   }
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
          "details": "solidfire stop/waiting\nsolidfire start/running, process 7284\n",
          "duration": "00:00:02.541594",
          "result": "Passed"
        }
      }
      """
