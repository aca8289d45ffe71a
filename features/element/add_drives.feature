@element @imported @since:9.6
Feature: AddDrives — AddDrives
  Imported by conform import from the element reference page "AddDrives". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "AddDrives" request:
      """
      {
        "id": 1,
        "method": "AddDrives",
        "params": {
          "drives": [
            {
              "driveID": 1,
              "type": "slice"
            },
            {
              "driveID": 2,
              "type": "block"
            },
            {
              "driveID": 3,
              "type": "block"
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
        "id": 1,
        "result" : {
          "asyncHandle": 1
        }
      }
      """
