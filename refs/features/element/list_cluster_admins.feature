@element @since:9.6
Feature: ListClusterAdmins — ListClusterAdmins
  Imported by conform import from the element reference page "ListClusterAdmins". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListClusterAdmins" request:
      """
      {
         "method": "ListClusterAdmins",
         "params": {},
          "showHidden": true
         "id" : 1
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      {
      "id":1,
      "result":{
        "clusterAdmins":[
           {
             "access":[
                 "administrator"
             ],
             "attributes":null,
             "authMethod":"Cluster",
             "clusterAdminID":1,
             "username":"admin"
         },
         {
             "access":[
                 "read",
                 "administrator"
             ],
             "attributes":{
             },
             "authMethod":"Ldap",
             "clusterAdminID":7,
             "username":"john.smith"
         },
         {
             "access":[
                 "read",
                 "administrator"
             ],
             "attributes":{},
             "authMethod":"Ldap",
             "clusterAdminID":6,
             "username":"cn=admin1 jones,ou=ptusers,c=prodtest,dc=solidfire,dc=net"
             }
           ]
         }
      }
      """
