@element @since:12.0
Feature: EnableIdpAuthentication — EnableIdpAuthentication
  Imported by conform import from the element reference page "EnableIdpAuthentication". The requests and
  the responses below are the page's examples as published.
