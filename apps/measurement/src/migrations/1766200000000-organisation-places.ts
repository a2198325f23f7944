import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationPlaces1766200000000 implements MigrationInterface {
  name = 'OrganisationPlaces1766200000000';

  async up(runner: QueryRunner): Promise<void> {
    // Where each organisation is (its kommunekode, and the region that follows from it), from
    // partners' organisation events, so analytics can group by region. Organisations heard of before
    // this table have no row until partners' next event about them.
    await runner.query(`
      CREATE TABLE organisation_place (
        organisation_id uuid PRIMARY KEY,
        kommunekode     text,
        region_code     text
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE organisation_place`);
  }
}
