@element @imported
Feature: ListVolumeQoSHistograms — ListVolumeQoSHistograms
  Imported by conform import from the element reference page "ListVolumeQoSHistograms". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListVolumeQoSHistograms" request:
      """
      {
      	"method": "ListVolumeQoSHistograms",
      		"params": {
      			"volumeIDs": [1]
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
      		"qosHistograms": [
      		{
      			"histograms": {
      			"belowMinIopsPercentages": {
      				"Bucket1To19": 2406,
      				"Bucket20To39": 3,
      				"Bucket40To59": 0,
      				"Bucket60To79": 4,
      				"Bucket80To100": 0
      			},
      				"minToMaxIopsPercentages": {
      				"Bucket101Plus": 0,
      				"Bucket1To19": 0,
      				"Bucket20To39": 0,
      				"Bucket40To59": 2,
      				"Bucket60To79": 0,
      				"Bucket80To100": 0
      			},
      				"readBlockSizes": {
      				"Bucket131072Plus": 0,
      				"Bucket16384To32767": 0,
      				"Bucket32768To65535": 0,
      				"Bucket4096To8191": 0,
      				"Bucket65536To131071": 0,
      				"Bucket8192To16383": 0
      			},
      				"targetUtilizationPercentages": {
      				"Bucket0": 134943,
      				"Bucket101Plus": 0,
      				"Bucket1To19": 2409,
      				"Bucket20To39": 4,
      				"Bucket40To59": 0,
      				"Bucket60To79": 2,
      				"Bucket80To100": 0
      			},
      				"throttlePercentages": {
      				"Bucket0": 137358,
      				"Bucket1To19": 0,
      				"Bucket20To39": 0,
      				"Bucket40To59": 0,
      				"Bucket60To79": 0,
      				"Bucket80To100": 0
      			},
      				"writeBlockSizes": {
      				"Bucket131072Plus": 0,
      				"Bucket16384To32767": 0,
      				"Bucket32768To65535": 0,
      				"Bucket4096To8191": 0,
      				"Bucket65536To131071": 0,
      				"Bucket8192To16383": 0
      			}
      		},
      			"timestamp": "2018-06-21T18:45:52.010844Z",
      			"volumeID": 1
      		}
      	]
      }
      }
      """
