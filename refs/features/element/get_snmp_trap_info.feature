@element @since:9.6
Feature: GetSnmpTrapInfo — GetSnmpTrapInfo
  Imported by conform import from the element reference page "GetSnmpTrapInfo". The requests and
  the responses below are the page's examples as published.
