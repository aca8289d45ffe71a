@element @since:11.7
Feature: ModifyKeyServerKmip — ModifyKeyServerKmip
  Imported by conform import from the element reference page "ModifyKeyServerKmip". The requests and
  the responses below are the page's examples as published.
