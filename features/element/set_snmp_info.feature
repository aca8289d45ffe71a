@element @imported @since:9.6
Feature: SetSnmpInfo — SetSnmpInfo
  Imported by conform import from the element reference page "SetSnmpInfo". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "SetSnmpInfo" request:
      """
      {
      "method":"SetSnmpInfo",
      "params":{
          "enabled":true,
          "snmpV3Enabled":true,
          "usmUsers":[
            {
              "name":"user1",
              "access":"rouser",
              "secLevel":"auth",
              "password":"namex1",
              "passphrase":"yourpassphrase"
            }
          ]
        },
       "id":1
      }
      """
    Then the response status is 200
    And the response is a JSON-RPC result
