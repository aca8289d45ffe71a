@element @since:10.0
Feature: BreakSnapMirrorVolume — BreakSnapMirrorVolume
  Imported by conform import from the element reference page "BreakSnapMirrorVolume". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "BreakSnapMirrorVolume" request:
      """

      """
    Then the response status is 200
    And the response satisfies the contract
