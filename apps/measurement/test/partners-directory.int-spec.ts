import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { membershipGrantedV1, membershipRevokedV1, programmeCreatedV1 } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import { measurementSuite } from './measurement-api.fixture.js';

/** Measurement's own copy of partners' programmes and data providers, kept from partners' events over Kafka. */
const ctx = measurementSuite('partners_directory');

describe("measurement's copy of partners", () => {
  it('learns programmes and their data providers from partners events, and when a member leaves', async () => {
    const programmeId = randomUUID();
    const membershipId = randomUUID();
    await ctx.partners.dataSource.transaction((manager) =>
      ctx.partners.outbox.recordAll(manager, [
        {
          definition: programmeCreatedV1,
          data: {
            programmeId,
            slug: 'hjem-til-alle',
            name: 'Hjem til Alle Alliancen',
            status: 'planning',
            startDate: '2026-01-01',
            endDate: null,
            backboneOrganisationId: null,
            goals: [],
            themes: [],
          },
          options: { subject: programmeId, programmeId },
        },
        {
          definition: membershipGrantedV1,
          data: {
            membershipId,
            programmeId,
            organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
            roles: ['data-provider'],
            joinedOn: '2026-01-01',
          },
          options: { subject: programmeId, programmeId },
        },
      ]),
    );
    const dataSource = ctx.app.get(DataSource);
    const providers = await waitFor('the data provider to arrive', async () => {
      const rows = await dataSource.query<{ organisation_id: string; roles: string[] }[]>(
        `SELECT organisation_id, roles FROM programme_member WHERE programme_id = $1 AND left_on IS NULL`,
        [programmeId],
      );
      return rows.length ? rows : undefined;
    });
    expect(providers).toEqual([
      { organisation_id: DEMO_ORGANISATIONS.kobenhavn.id, roles: ['data-provider'] },
    ]);
    const [programme] = await dataSource.query<{ name: string }[]>(
      `SELECT name FROM known_programme WHERE id = $1`,
      [programmeId],
    );
    expect(programme?.name).toBe('Hjem til Alle Alliancen');

    await ctx.partners.dataSource.transaction((manager) =>
      ctx.partners.outbox.record(
        manager,
        membershipRevokedV1,
        {
          membershipId,
          programmeId,
          organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
          roles: ['data-provider'],
          leftOn: '2026-06-30',
        },
        { subject: programmeId, programmeId },
      ),
    );
    await waitFor('the membership to end', async () => {
      const [row] = await dataSource.query<{ left_on: string | null }[]>(
        `SELECT left_on::text FROM programme_member WHERE membership_id = $1`,
        [membershipId],
      );
      return row?.left_on === '2026-06-30';
    });
  });
});
