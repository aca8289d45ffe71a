@element @since:10.1
Feature: DeleteSnapMirrorRelationships — DeleteSnapMirrorRelationships
  Imported by conform import from the element reference page "DeleteSnapMirrorRelationships". The requests and
  the responses below are the page's examples as published.

  @destructive
  Scenario: the documented example
    Given the "element" API
    When I send the documented "DeleteSnapMirrorRelationships" request:
      """

      """
    Then the response status is 200
    And the response satisfies the contract
