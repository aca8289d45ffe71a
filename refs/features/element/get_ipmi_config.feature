@element @since:9.6
Feature: GetIpmiConfig — GetIpmiConfig
  Imported by conform import from the element reference page "GetIpmiConfig". The requests and
  the responses below are the page's examples as published.
