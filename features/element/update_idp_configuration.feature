@element @imported @since:12.0
Feature: UpdateIdpConfiguration — UpdateIdpConfiguration
  Imported by conform import from the element reference page "UpdateIdpConfiguration". The requests and
  the responses below are the page's examples as published.

  @mutating
  Scenario: the documented example
    Given the "element" API
    When I send the documented "UpdateIdpConfiguration" request:
      """
      {
      "method": "UpdateIdpConfiguration",
      "params": {
              "idpConfigurationID": "f983c602-12f9-4c67-b214-bf505185cfed",
              "generateNewCertificate": true
          }
      }
      """
    Then the response status is 200
    And the response content type is "application/json"
    And the response is a JSON-RPC result
    And the response looks like the documented example:
      """
      {
          "result": {
              "idpConfigInfo": {
              "enabled": true,
              "idpConfigurationID": "f983c602-12f9-4c67-b214-bf505185cfed",
              "idpMetadata": "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n
              <EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"\r\n
              xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"\r\n
              xmlns:shibmd=\"urn:mace:shibboleth:metadata:1.0\"\r\n
              xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"\r\n
              ...</Organization>\r\n
              </EntityDescriptor>",
              "idpName": "https://privider.name.url.com",
              "serviceProviderCertificate": "-----BEGIN CERTIFICATE-----\n
              MI...BHi\n
              -----END CERTIFICATE-----\n",
              "spMetadataUrl": "https://10.193.100.100/auth/ui/saml2"
              }
          }
      }
      """
