@element @since:9.6
Feature: ModifyBackupTarget — ModifyBackupTarget
  Imported by conform import from the element reference page "ModifyBackupTarget". The requests and
  the responses below are the page's examples as published.
