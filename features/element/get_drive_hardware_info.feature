@element @imported @since:9.6
Feature: GetDriveHardwareInfo — GetDriveHardwareInfo
  Imported by conform import from the element reference page "GetDriveHardwareInfo". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetDriveHardwareInfo" request:
      """
      {
         "method": "GetDriveHardwareInfo",
         "params": {
           "driveID": 5
         },
         "id" : 100
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
