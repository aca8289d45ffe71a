@element @since:10.0
Feature: ModifySnapMirrorEndpoint — ModifySnapMirrorEndpoint
  Imported by conform import from the element reference page "ModifySnapMirrorEndpoint". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ModifySnapMirrorEndpoint" request:
      """

      """
    Then the response status is 200
    And the response satisfies the contract
