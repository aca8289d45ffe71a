@element @since:12.5
Feature: SignSshKeys — SignSshKeys
  Imported by conform import from the element reference page "SignSshKeys". The requests and
  the responses below are the page's examples as published.
