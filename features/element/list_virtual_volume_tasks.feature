@element @imported @since:9.6
Feature: ListVirtualVolumeTasks — ListVirtualVolumeTasks
  Imported by conform import from the element reference page "ListVirtualVolumeTasks". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListVirtualVolumeTasks" request:
      """
      {
        "method": "ListVirtualVolumeTasks",
          "params": {
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
          "tasks": [
            {
              "cancelled": false,
              "cloneVirtualVolumeID": "fafeb3a0-7dd9-4c9f-8a07-80e0bbf6f4d0",
              "operation": "clone",
              "parentMetadata": {
                "SFProfileId": "f4e5bade-15a2-4805-bf8e-52318c4ce443",
                "SFgenerationId": "0",
                "VMW_ContainerId": "abaab415-bedc-44cd-98b8-f37495884db0",
                "VMW_GosType": "windows7Server64Guest",
                "VMW_VVolName": "asdf.vmdk",
                "VMW_VVolNamespace": "/vmfs/volumes/vvol:abaab415bedc44cd-98b8f37495884db0/rfc4122.269d3378-1ca6-4175-a18f-6d4839e5c746",
                "VMW_VVolType": "Data",
                "VMW_VmID": "502e0676-e510-ccdd-394c-667f6867fcdf",
                "VMW_VvolAllocationType": "4",
                "VMW_VvolProfile": "f4e5bade-15a2-4805-bf8e-52318c4ce443:0"
              },
              "parentTotalSize": 42949672960,
              "parentUsedSize": 0,
              "status": "success",
              "virtualVolumeHostID": "564de1a4-9a99-da0f-8b7c-3a41dfd64bf1",
              "virtualVolumeTaskID": "a1b72df7-66a6-489a-86e4-538d0dbe05bf",
              "virtualvolumeID": "fafeb3a0-7dd9-4c9f-8a07-80e0bbf6f4d0"
            }
          ]
        }
      }
      """
