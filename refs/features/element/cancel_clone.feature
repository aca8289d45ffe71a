@element @since:9.6
Feature: CancelClone — CancelClone
  Imported by conform import from the element reference page "CancelClone". The requests and
  the responses below are the page's examples as published.
