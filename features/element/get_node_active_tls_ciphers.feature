@element @imported
Feature: GetNodeActiveTlsCiphers — GetNodeActiveTlsCiphers
  Imported by conform import from the element reference page "GetNodeActiveTlsCiphers". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetNodeActiveTlsCiphers" request:
      """
      {
        "method": "GetNodeActiveTlsCiphers",
        "params": {},
        "id" : 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
            "id" : 1,
            "result" : {
              "mandatoryCiphers": [
                  "DHE-RSA-AES256-SHA256",
                  "DHE-RSA-AES256-GCM-SHA384",
                  "ECDHE-RSA-AES256-SHA384",
                  "ECDHE-RSA-AES256-GCM-SHA384"
              ],
              "supplementalCiphers": [
                  "DHE-RSA-AES128-SHA256",
                  "DHE-RSA-AES128-GCM-SHA256",
                  "ECDHE-RSA-AES128-SHA256",
                  "ECDHE-RSA-AES128-GCM-SHA256"
              ]
          }
      }
      """
