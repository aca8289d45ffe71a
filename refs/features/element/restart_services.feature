@element @since:9.6
Feature: RestartServices — RestartServices
  Imported by conform import from the element reference page "RestartServices". The requests and
  the responses below are the page's examples as published.
