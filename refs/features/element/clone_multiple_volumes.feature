@element @since:9.6
Feature: CloneMultipleVolumes — CloneMultipleVolumes
  Imported by conform import from the element reference page "CloneMultipleVolumes". The requests and
  the responses below are the page's examples as published.
