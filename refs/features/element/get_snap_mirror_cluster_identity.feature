@element @since:10.1
Feature: GetSnapMirrorClusterIdentity — GetSnapMirrorClusterIdentity
  Imported by conform import from the element reference page "GetSnapMirrorClusterIdentity". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "element" API
    When I send the documented "GetSnapMirrorClusterIdentity" request:
      """

      """
    Then the response status is 200
    And the response satisfies the contract
