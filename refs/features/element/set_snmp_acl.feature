@element @since:9.6
Feature: SetSnmpACL — SetSnmpACL
  Imported by conform import from the element reference page "SetSnmpACL". The requests and
  the responses below are the page's examples as published.
