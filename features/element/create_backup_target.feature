@element @imported @since:9.6
Feature: CreateBackupTarget — CreateBackupTarget
  Imported by conform import from the element reference page "CreateBackupTarget". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreateBackupTarget" request:
      """
      {
         "method": "CreateBackupTarget",
         "params": {
            "name": "mytargetbackup"
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
            "backupTargetID": 1
         }
      }
      """
