@element @since:12.3
Feature: GetPatchInfo — GetPatchInfo
  Imported by conform import from the element reference page "GetPatchInfo". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetPatchInfo" request:
      """
      {
         "method": "GetPatchInfo",
         "params": {
            "force": false,
            },
         "id": 1
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
              "patches": {
                "SUST936": {
                "date": "Wed 09 Dec 2020 10:41:59 PM UTC",
                "description": "BMC fixes",
                "newFiles": [
                    "None"
                ],
                "patchedFiles": [
                    "Patched_file_1.bin",
                    "Patched_file_2.dat",
                    "Patched_file_3.tgz"
                ]
                }
              }
          }
      }
      """
