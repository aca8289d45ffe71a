@element @since:9.6
Feature: StartBulkVolumeWrite — StartBulkVolumeWrite
  Imported by conform import from the element reference page "StartBulkVolumeWrite". The requests and
  the responses below are the page's examples as published.
