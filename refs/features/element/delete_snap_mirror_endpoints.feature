@element @since:10.0
Feature: DeleteSnapMirrorEndpoints — DeleteSnapMirrorEndpoints
  Imported by conform import from the element reference page "DeleteSnapMirrorEndpoints". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "DeleteSnapMirrorEndpoints" request:
      """

      """
    Then the response status is 200
    And the response satisfies the contract
