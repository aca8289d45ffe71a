@element @since:9.6
Feature: RemoveVolumePair — RemoveVolumePair
  Imported by conform import from the element reference page "RemoveVolumePair". The requests and
  the responses below are the page's examples as published.
