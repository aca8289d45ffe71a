@element @since:12.5
Feature: SignSshKeys — SignSshKeys
  Imported by conform import from the element reference page "SignSshKeys". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "SignSshKeys" request:
      """
      {
          "method": "SignSshKeys",
          "params": {
              "duration": 2,
              "publicKey":<string>
          },
          "id": 1
      }
      """
    Then the response status is 200
    And the response satisfies the contract
