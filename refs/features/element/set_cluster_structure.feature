@element @since:10.3
Feature: SetClusterStructure — SetClusterStructure
  Imported by conform import from the element reference page "SetClusterStructure". The requests and
  the responses below are the page's examples as published.
