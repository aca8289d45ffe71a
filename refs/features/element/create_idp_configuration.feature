@element @since:12.0
Feature: CreateIdpConfiguration — CreateIdpConfiguration
  Imported by conform import from the element reference page "CreateIdpConfiguration". The requests and
  the responses below are the page's examples as published.
