import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { CloudEvent } from '@samvirke/contracts';
import { createDataSource, databaseConfigFromEnv, migrate } from '@samvirke/persistence';
import { EventContext } from '@samvirke/messaging';
import { dropSchema, uniqueSuiteId } from '@samvirke/testing';
import { CommonDirectory1765000017000 } from './directory.migration.js';
import { DirectoryParents1767100000100 } from './directory-parents.migration.js';
import { DIRECTORY_HANDLERS } from './directory.projection.js';
import { findOrganisation } from './directory.store.js';
import { activeMemberships, findProgramme, standingIn } from './membership.store.js';

const DATABASE = 'samvirke_measurement';

/** The directory tables as each service's earlier migrations left them (abridged to the columns). */
const VARIANTS: Record<string, string[]> = {
  grants: [
    `CREATE TABLE known_organisation (id uuid PRIMARY KEY, name text NOT NULL, type text NOT NULL,
       archived boolean NOT NULL DEFAULT false, last_event_id uuid NOT NULL)`,
    `CREATE TABLE known_programme (id uuid PRIMARY KEY, name text NOT NULL, status text NOT NULL,
       backbone_organisation_id uuid, goal_ids uuid[] NOT NULL DEFAULT '{}', last_event_id uuid NOT NULL)`,
    `CREATE TABLE programme_member (membership_id uuid PRIMARY KEY, programme_id uuid NOT NULL,
       organisation_id uuid NOT NULL, roles text[] NOT NULL, left_on date)`,
  ],
  measurement: [
    `CREATE TABLE known_organisation (id uuid PRIMARY KEY, name text NOT NULL, type text NOT NULL,
       archived boolean NOT NULL DEFAULT false, last_event_id uuid NOT NULL)`,
    `CREATE TABLE known_programme (id uuid PRIMARY KEY, slug text NOT NULL, name text NOT NULL, status text NOT NULL,
       backbone_organisation_id uuid, last_event_id uuid NOT NULL)`,
    `CREATE TABLE programme_member (membership_id uuid PRIMARY KEY, programme_id uuid NOT NULL,
       organisation_id uuid NOT NULL, roles text[] NOT NULL, joined_on date NOT NULL, left_on date)`,
  ],
  notifications: [
    `CREATE TABLE known_organisation (id uuid PRIMARY KEY, name text NOT NULL, type text NOT NULL,
       registered_at timestamptz NOT NULL, last_event_id uuid NOT NULL)`,
    `CREATE TABLE known_programme (id uuid PRIMARY KEY, name text NOT NULL, backbone_organisation_id uuid,
       last_event_id uuid NOT NULL)`,
    `CREATE TABLE programme_member (membership_id uuid PRIMARY KEY, programme_id uuid NOT NULL,
       organisation_id uuid NOT NULL, roles text[] NOT NULL, left_on date)`,
  ],
  none: [],
};

const schemas: string[] = [];
const sources: DataSource[] = [];

/** A database in its own schema with a variant's tables, then the common directory's migration. */
async function migratedDatabase(variant: string, seed: readonly string[] = []): Promise<DataSource> {
  const schema = uniqueSuiteId(`directory_${variant}`);
  schemas.push(schema);
  const spec = { config: { ...databaseConfigFromEnv(DATABASE), schema }, entities: [] };
  const before = createDataSource({ ...spec, migrations: [] });
  await migrate(before);
  for (const statement of [...(VARIANTS[variant] ?? []), ...seed]) await before.query(statement);
  await before.destroy();
  const dataSource = createDataSource({
    ...spec,
    migrations: [CommonDirectory1765000017000, DirectoryParents1767100000100],
  });
  sources.push(dataSource);
  await migrate(dataSource);
  return dataSource;
}

async function shape(dataSource: DataSource): Promise<unknown[]> {
  const columns = await dataSource.query<unknown[]>(
    `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name IN ('known_organisation', 'known_programme', 'programme_member')
      ORDER BY table_name, column_name`,
  );
  const indexes = await dataSource.query<unknown[]>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`,
  );
  return [
    columns,
    indexes.map((row) => String((row as { indexdef: string }).indexdef).replace(/"?t_\w+"?\./g, '')),
  ];
}

afterAll(async () => {
  await Promise.all(sources.map((source) => source.destroy()));
  for (const schema of schemas) await dropSchema(schema, [DATABASE]);
});

describe('the common directory migration', () => {
  it("brings each service's earlier directory, and a database without one, to one shape", async () => {
    const [grants, measurement, notifications, none] = await Promise.all(
      ['grants', 'measurement', 'notifications', 'none'].map((variant) => migratedDatabase(variant)),
    );
    const common = await shape(none);
    expect(common[0]).toContainEqual(
      expect.objectContaining({
        table_name: 'known_organisation',
        column_name: 'registered_at',
        is_nullable: 'YES',
      }),
    );
    // 19 columns of the common shape, and the parent of a sub-unit (DirectoryParents1767100000100).
    expect(common[0]).toContainEqual(
      expect.objectContaining({
        table_name: 'known_organisation',
        column_name: 'parent_id',
        is_nullable: 'YES',
      }),
    );
    expect(common[0]).toHaveLength(20);
    expect(await shape(grants)).toEqual(common);
    expect(await shape(measurement)).toEqual(common);
    expect(await shape(notifications)).toEqual(common);
  });

  it('keeps the rows a service already had, and can run again', async () => {
    const [programme, member] = [randomUUID(), randomUUID()];
    const dataSource = await migratedDatabase('notifications', [
      `INSERT INTO known_programme (id, name, last_event_id) VALUES ('${programme}', 'Old', gen_random_uuid())`,
      `INSERT INTO programme_member (membership_id, programme_id, organisation_id, roles)
       VALUES (gen_random_uuid(), '${programme}', '${member}', '{funder}')`,
    ]);
    await dataSource.transaction((manager) => new CommonDirectory1765000017000().up(manager.queryRunner!));
    expect(await findProgramme(dataSource.manager, programme)).toEqual({
      id: programme,
      slug: null,
      name: 'Old',
      status: null,
      backbone_organisation_id: null,
      goal_ids: [],
    });
    expect(await activeMemberships(dataSource.manager, programme, [member])).toEqual([
      { organisationId: member, roles: ['funder'] },
    ]);
  });
});

describe('the directory kept from partners events', () => {
  let dataSource: DataSource;
  const [kommune, fond, other] = [randomUUID(), randomUUID(), randomUUID()];

  beforeAll(async () => {
    dataSource = await migratedDatabase('none');
  });

  let sequence = 0;
  /** Applies one event as a consumer would: in a transaction, through the directory's handler of its type (none: false). */
  function apply(type: string, data: object): Promise<boolean> {
    sequence += 1;
    const time = new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)).toISOString();
    const event = { id: randomUUID(), type: `dk.samvirke.partners.${type}.v1`, time } as CloudEvent;
    const handler = DIRECTORY_HANDLERS.find((candidate) => candidate.event.type === event.type);
    if (!handler) return Promise.resolve(false);
    return dataSource.transaction(async (manager: EntityManager) => {
      const where = { topic: 'partners', partition: 0, offset: String(sequence), attempt: 1 };
      await handler.handle(data as never, new EventContext([event, manager, where]), undefined);
      return true;
    });
  }

  const organisation = (id: string, name: string) => ({
    organisationId: id,
    name,
    type: 'municipality',
    cvr: null,
    kommunekode: null,
  });
  const programme = (id: string, backbone: string | null, status = 'planning') => ({
    programmeId: id,
    slug: 'hjem-til-alle',
    name: 'Hjem til Alle',
    status,
    startDate: '2026-01-01',
    endDate: null,
    backboneOrganisationId: backbone,
    goals: [{ id: other, title: 'Flere i bolig', position: 0 }],
    themes: [],
  });
  const membership = (id: string, programmeId: string, organisationId: string, roles: string[]) => ({
    membershipId: id,
    programmeId,
    organisationId,
    roles,
  });

  it('keeps organisations, dated by the first event heard, archived as the latest says', async () => {
    await apply('organisation.updated', { ...organisation(kommune, 'Kbh'), archived: true, updatedAt: 'x' });
    await apply('organisation.registered', {
      ...organisation(kommune, 'Københavns Kommune'),
      registeredAt: '2025-12-01T00:00:00Z',
    });
    const row = await findOrganisation(dataSource.manager, kommune);
    expect(row).toMatchObject({ name: 'Københavns Kommune', type: 'municipality', archived: false });
    expect(row?.registered_at).toEqual(new Date('2026-01-01T00:00:01Z'));
    expect(await findOrganisation(dataSource.manager, randomUUID())).toBeUndefined();
  });

  it('ignores events the directory does not keep', async () => {
    expect(await apply('contact.changed', { contactId: randomUUID() })).toBe(false);
  });

  it('answers who stands where in a programme, from current memberships only', async () => {
    const programmeId = randomUUID();
    const [funding, leaving, late] = [randomUUID(), randomUUID(), randomUUID()];
    await apply('membership.granted', {
      ...membership(funding, programmeId, fond, ['funder']),
      joinedOn: '2026-01-01',
    });
    await apply('programme.created', programme(programmeId, null));
    await apply('programme.updated', programme(programmeId, kommune, 'active'));
    await apply('membership.granted', {
      ...membership(leaving, programmeId, kommune, ['backbone']),
      joinedOn: '2026-01-01',
    });
    await apply('membership.revoked', {
      ...membership(leaving, programmeId, kommune, ['backbone']),
      leftOn: '2026-03-31',
    });
    await apply('membership.revoked', {
      ...membership(late, programmeId, other, ['data-provider']),
      leftOn: '2026-02-28',
    });
    await apply('membership.granted', {
      ...membership(late, programmeId, other, ['data-provider']),
      joinedOn: '2026-01-01',
    });

    const standing = await standingIn(dataSource.manager, programmeId, [kommune, fond, other]);
    expect(standing.programme).toEqual({
      id: programmeId,
      slug: 'hjem-til-alle',
      name: 'Hjem til Alle',
      status: 'active',
      backbone_organisation_id: kommune,
      goal_ids: [other],
    });
    expect(standing.memberships).toEqual([{ organisationId: fond, roles: ['funder'] }]);
    expect(await activeMemberships(dataSource.manager, programmeId, [kommune, other])).toEqual([]);
    const [ended] = await dataSource.query<{ joined_on: string; left_on: string }[]>(
      `SELECT joined_on::text, left_on::text FROM programme_member WHERE membership_id = $1`,
      [late],
    );
    expect(ended).toEqual({ joined_on: '2026-02-28', left_on: '2026-02-28' });
  });

  it('knows the memberships of a programme it has not heard of yet, but not the programme', async () => {
    const programmeId = randomUUID();
    await apply('membership.granted', {
      ...membership(randomUUID(), programmeId, fond, ['funder']),
      joinedOn: '2026-01-01',
    });
    expect(await standingIn(dataSource.manager, programmeId, [fond])).toEqual({
      programme: undefined,
      memberships: [{ organisationId: fond, roles: ['funder'] }],
    });
    expect(await standingIn(dataSource.manager, programmeId, [])).toEqual({
      programme: undefined,
      memberships: [],
    });
  });
});
