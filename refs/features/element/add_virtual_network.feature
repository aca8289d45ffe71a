@element @since:9.6
Feature: AddVirtualNetwork — AddVirtualNetwork
  Imported by conform import from the element reference page "AddVirtualNetwork". The requests and
  the responses below are the page's examples as published.
