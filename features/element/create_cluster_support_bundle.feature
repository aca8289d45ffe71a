@element @imported @since:9.6
Feature: CreateClusterSupportBundle — CreateClusterSupportBundle
  Imported by conform import from the element reference page "CreateClusterSupportBundle". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreateClusterSupportBundle" request:
      """
      {
      "method": "CreateClusterSupportBundle",
      "params": {
                "bundlename": "clusterbundle",
                "mvip": "132.119.120.100"
           }
         }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
        "id":1,
        "result":{
         "details":{
            "bundleName":"clusterbundle",
            "extraArgs":"",
            "files":[
                "/tmp/supportbundles/clusterbundle.cl-4SD5.tar"
            ],
            "output":"timeout -s KILL 1790s /usr/local/bin/sfclustersupportbundle --quiet --name=\"clusterbundle\" --target-directory=\"/tmp/solidfire-dtemp.MM7f0m\" --user=\"admin\" --pass=\"admin\" --mvip=132.119.120.100"
             },
             "duration":"00:00:24.938127",
             "result":"Passed"
          }
      }
      """
