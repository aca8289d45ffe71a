@element @since:9.6
Feature: TestLocalConnectivity — TestLocalConnectivity
  Imported by conform import from the element reference page "TestLocalConnectivity". The requests and
  the responses below are the page's examples as published.
