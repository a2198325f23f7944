import type { MigrationInterface, QueryRunner } from 'typeorm';
import { uniqueSuiteId } from '@samvirke/testing';
import { databaseConfigFromEnv } from './database-config.js';
import { createDataSource, migrate } from './data-source.factory.js';

/** A migration that takes a while, so that instances starting together overlap in it. */
class SlowTable1700000000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('SELECT pg_sleep(0.3)');
    await runner.query('CREATE TABLE slow_table (id int PRIMARY KEY)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE slow_table');
  }
}

class SecondTable1700000000001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE second_table (id int PRIMARY KEY)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE second_table');
  }
}

describe('migrate with several instances at once', () => {
  const schema = uniqueSuiteId('migrate');
  const instance = () =>
    createDataSource({
      config: { ...databaseConfigFromEnv('samvirke_measurement'), schema },
      entities: [],
      migrations: [SlowTable1700000000000, SecondTable1700000000001],
    });
  const instances = [instance(), instance(), instance()];

  afterAll(async () => {
    await instances[0]?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await Promise.all(instances.map((dataSource) => dataSource.destroy()));
  });

  it('applies each migration once: one instance runs them, the others wait and find none pending', async () => {
    const applied = await Promise.all(instances.map((dataSource) => migrate(dataSource)));
    expect(applied.flat().sort()).toEqual(['SecondTable1700000000001', 'SlowTable1700000000000']);
    expect(applied.filter((names) => names.length > 0)).toHaveLength(1);
    const rows = await instances[0]?.query<{ name: string }[]>(
      'SELECT name FROM schema_migrations ORDER BY name',
    );
    expect(rows.map((row) => row.name)).toEqual(['SecondTable1700000000001', 'SlowTable1700000000000']);
  });
});
