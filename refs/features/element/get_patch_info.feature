@element @since:12.3
Feature: GetPatchInfo — GetPatchInfo
  Imported by conform import from the element reference page "GetPatchInfo". The requests and
  the responses below are the page's examples as published.
