@element @since:11.7
Feature: CreateKeyProviderKmip — CreateKeyProviderKmip
  Imported by conform import from the element reference page "CreateKeyProviderKmip". The requests and
  the responses below are the page's examples as published.
