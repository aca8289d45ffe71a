@element @since:10.1
Feature: ModifySnapMirrorRelationship — ModifySnapMirrorRelationship
  Imported by conform import from the element reference page "ModifySnapMirrorRelationship". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifySnapMirrorRelationship" request:
      """

      """
    Then the response status is 200
    And the response satisfies the contract
