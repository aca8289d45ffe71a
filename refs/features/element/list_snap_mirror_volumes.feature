@element @since:10.1
Feature: ListSnapMirrorVolumes — ListSnapMirrorVolumes
  Imported by conform import from the element reference page "ListSnapMirrorVolumes". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "ListSnapMirrorVolumes" request:
      """

      """
    Then the response status is 200
    And the response satisfies the contract
