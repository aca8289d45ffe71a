@element @since:10.1
Feature: CreateSnapMirrorRelationship — CreateSnapMirrorRelationship
  Imported by conform import from the element reference page "CreateSnapMirrorRelationship". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "CreateSnapMirrorRelationship" request:
      """

      """
    Then the response status is 200
    And the response satisfies the contract
