@element @since:10.1
Feature: ListSnapMirrorLuns — ListSnapMirrorLuns
  Imported by conform import from the element reference page "ListSnapMirrorLuns". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListSnapMirrorLuns" request:
      """

      """
    Then the response status is 200
    And the response satisfies the contract
