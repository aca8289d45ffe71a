@element @since:9.6
Feature: CancelGroupClone — CancelGroupClone
  Imported by conform import from the element reference page "CancelGroupClone". The requests and
  the responses below are the page's examples as published.
