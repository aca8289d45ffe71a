@element @since:12.2
Feature: EnableMaintenanceMode — EnableMaintenanceMode
  Imported by conform import from the element reference page "EnableMaintenanceMode". The requests and
  the responses below are the page's examples as published.
