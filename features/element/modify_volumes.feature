@element @imported @since:9.6
Feature: ModifyVolumes — ModifyVolumes
  Imported by conform import from the element reference page "ModifyVolumes". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifyVolumes" request:
      """
      {
        "method": "ModifyVolumes",
        "params": {
          "volumeIDs": [319,22],
          "access": "readWrite",
          "dontMoveForIopsRebalance": false
        },
        "id": 1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
