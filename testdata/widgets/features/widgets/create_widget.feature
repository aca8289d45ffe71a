@widgets
Feature: CreateWidget — create a widget
  The documented example of the fixture API that cmd/conform's tests add to
  a copy of the repository.

  Scenario: the documented example creates a widget
    Given the "widgets" API
    When I send the documented "CreateWidget" request:
      """
      POST https://{endpoint}/v1/widgets { "widget" : { "name" : "gear", "size" : 3 } }
      """
    Then the response status is 201
    And the response content type is "application/json"
    And the response satisfies the contract
    And the response looks like the documented example:
      """
      { "widget" : { "id" : "w0000001", "name" : "gear", "size" : 3 } }
      """
    And the response echoes these request members:
      | /widget/name |
      | /widget/size |
