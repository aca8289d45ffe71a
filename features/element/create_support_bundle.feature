@element @imported @since:9.6
Feature: CreateSupportBundle — CreateSupportBundle
  Imported by conform import from the element reference page "CreateSupportBundle". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreateSupportBundle" request:
      """
      {
       "method": "CreateSupportBundle",
      "params": {
        "extraArgs": "--compress gz"
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
        "details": {
          "bundleName": "supportbundle",
          "extraArgs": "--compress gz",
          "files": [
               "supportbundle.nodehostname.tar.gz"
           ],
           "output": "timeout -s KILL 1500s /sf/scripts/sfsupportbundle --quiet --compress gz /tmp/solidfire-dtemp.1L6bdX/supportbundle<br><br>Moved '/tmp/solidfire-dtemp.1L6bdX/supportbundle.nodehostname.tar.gz' to /tmp/supportbundles",
            "timeoutSec": 1500,
            "url": [
                "https://nodeIP:442/config/supportbundles/supportbundle.nodehostname.tar.gz"
            ]
          },
          "duration": "00:00:43.101627",
          "result": "Passed"
        }
      }
      """
