@element @since:9.6
Feature: ListClusterAdmins — ListClusterAdmins
  Imported by conform import from the element reference page "ListClusterAdmins". The requests and
  the responses below are the page's examples as published.
