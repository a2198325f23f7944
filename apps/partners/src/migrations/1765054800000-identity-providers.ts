import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations' identity providers registered through the API. Keycloak holds the IdP itself
 * (and the OIDC client secret, never kept here); this row says whose it is and that Samvirke may
 * remove it, and gives the audit trail every registration and removal.
 */
export class IdentityProviders1765054800000 implements MigrationInterface {
  name = 'IdentityProviders1765054800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE identity_provider (
        alias           text PRIMARY KEY,
        protocol        text NOT NULL CHECK (protocol IN ('saml', 'oidc')),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        display_name    text NOT NULL,
        idp_entity_id   text NOT NULL,
        registered_at   timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE identity_provider`);
  }
}
