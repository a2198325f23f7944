import type {
  ApplicationDto,
  OpenCallDto,
  OwnApplicationDto,
  ReviewerCandidateDto,
} from '@samvirke/contracts';
import {
  callIn,
  COMPLETE_APPLICATION,
  grantsSuite,
  ORG,
  pointers,
  submittedApplication,
  type Problem,
} from '../../test/grants-api.fixture.js';

/**
 * What the portal lists for applicants and for the call's foundation: the open calls an
 * organisation may apply to (in a programme it is not in, too), its own applications in every call,
 * and the programme's people to pick a reviewer from. Real PostgreSQL, Kafka and Keycloak.
 */
const ctx = grantsSuite('grants_lists');

async function openCallIds(user: Parameters<typeof ctx.call>[0], programmeId: string): Promise<string[]> {
  const answer = await ctx.call<OpenCallDto[]>(user, 'GET', '/calls');
  expect(answer.status).toBe(200);
  return answer.body.filter((call) => call.programmeId === programmeId).map((call) => call.id);
}

describe('open calls', () => {
  it('lists an open call to every organisation of an eligible type, in its programme or not, with the names', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const forAll = await callIn(ctx, programmeId, { eligibleOrganisationTypes: ['municipality', 'ngo'] });
    const forNgos = await callIn(ctx, programmeId, {
      eligibleOrganisationTypes: ['ngo'],
      title: 'Kun for NGOer',
    });
    // Aarhus is not in the programme: it finds the call all the same.
    expect(await openCallIds('reporterAarhus', programmeId)).toEqual([forAll]);
    expect((await openCallIds('member', programmeId)).sort()).toEqual([forAll, forNgos].sort());
    const [listed] = (await ctx.call<OpenCallDto[]>('reporterAarhus', 'GET', '/calls')).body.filter(
      (call) => call.id === forAll,
    );
    expect(listed).toMatchObject({
      status: 'open',
      programmeName: 'Bryd den negative sociale arv',
      funderName: ORG.helsefonden.name,
    });
  });

  it('lists no call to its own foundation or to organisations of other types, and none that is closed or scheduled', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const forFoundations = await callIn(ctx, programmeId, { eligibleOrganisationTypes: ['foundation'] });
    expect(await openCallIds('helsefonden', programmeId)).toEqual([]);
    expect(await openCallIds('reporterKobenhavn', programmeId)).toEqual([]);
    expect(await openCallIds('bikubenfonden', programmeId)).toEqual([forFoundations]);
    // The call's own foundation cannot apply to it either, and nothing is written.
    const before = await ctx.counts();
    const own = await ctx.call<Problem>('helsefonden', 'POST', `/calls/${forFoundations}/applications`, {
      applicantOrganisationId: ORG.helsefonden.id,
    });
    expect(own.status).toBe(422);
    expect(pointers(own.body)).toEqual(['/applicantOrganisationId']);
    expect(await ctx.counts()).toEqual(before);
    await ctx.db.query(
      `UPDATE grant_call SET opens_at = now() - interval '2 days', closes_at = now() - interval '1 second' WHERE id = $1`,
      [forFoundations],
    );
    const scheduled = await callIn(ctx, programmeId, {
      eligibleOrganisationTypes: ['foundation'],
      opensAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(scheduled).toBeTruthy();
    expect(await openCallIds('bikubenfonden', programmeId)).toEqual([]);
  });

  it('refuses an anonymous caller', async () => {
    expect((await ctx.call(null, 'GET', '/calls')).status).toBe(401);
  });
});

describe("an organisation's own applications", () => {
  it('lists its applications in every call, drafts included, with the call and programme, and nobody else’s', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const first = await callIn(ctx, programmeId, { title: 'Første runde' });
    const second = await callIn(ctx, programmeId, { title: 'Anden runde' });
    const start = (user: 'reporterKobenhavn' | 'member', callId: string, organisation: string) =>
      ctx.call<ApplicationDto>(user, 'POST', `/calls/${callId}/applications`, {
        applicantOrganisationId: organisation,
        ...COMPLETE_APPLICATION,
      });
    const draft = await start('reporterKobenhavn', first, ORG.kobenhavn.id);
    const submitted = await start('reporterKobenhavn', second, ORG.kobenhavn.id);
    await ctx.call('reporterKobenhavn', 'POST', `/applications/${submitted.body.id}/submit`);
    const ngo = await start('member', first, ORG.ngo.id);

    const mine = await ctx.call<OwnApplicationDto[]>('reporterKobenhavn', 'GET', '/applications');
    expect(mine.status).toBe(200);
    const inProgramme = mine.body.filter((application) => application.programmeId === programmeId);
    expect(
      inProgramme.map((application) => [application.id, application.status, application.callTitle]),
    ).toEqual([
      [submitted.body.id, 'submitted', 'Anden runde'],
      [draft.body.id, 'draft', 'Første runde'],
    ]);
    expect(inProgramme[0]?.programmeName).toBe('Bryd den negative sociale arv');
    // Another organisation's users, the call's foundation included, see none of them.
    const ids = async (user: 'member' | 'helsefonden' | 'reporterAarhus') =>
      (await ctx.call<OwnApplicationDto[]>(user, 'GET', '/applications')).body.map((a) => a.id);
    expect(await ids('member')).toContain(ngo.body.id);
    for (const user of ['member', 'helsefonden', 'reporterAarhus'] as const) {
      expect(await ids(user)).not.toContain(draft.body.id);
      expect(await ids(user)).not.toContain(submitted.body.id);
    }
  });
});

describe('reviewer candidates', () => {
  it("offers the call's foundation the programme's people who have signed in, not the applicant's", async () => {
    const { programmeId } = await ctx.seedProgramme();
    const { applicationId } = await submittedApplication(ctx, programmeId);
    await ctx.call('helsefonden', 'POST', `/applications/${applicationId}/reviewers`, {
      reviewerUsername: 'coordinator.backbone',
    });
    const answer = await ctx.call<ReviewerCandidateDto[]>(
      'helsefonden',
      'GET',
      `/applications/${applicationId}/reviewer-candidates`,
    );
    expect(answer.status).toBe(200);
    const byUsername = new Map(answer.body.map((candidate) => [candidate.username, candidate]));
    expect(byUsername.get('coordinator.backbone')).toMatchObject({
      assigned: true,
      organisations: [{ id: ORG.backbone.id, name: ORG.backbone.name }],
    });
    expect(byUsername.get('officer.bikubenfonden')).toMatchObject({ assigned: false });
    expect(byUsername.get('officer.bikubenfonden')?.name).toEqual(expect.any(String));
    // The applicant's own users cannot review; Aarhus and the platform's own staff are not in the programme.
    for (const outsider of ['reporter.kobenhavn', 'reporter.aarhus', 'platform.admin'])
      expect(byUsername.has(outsider)).toBe(false);
  });

  it("refuses anyone but the call's foundation and platform admins", async () => {
    const { programmeId } = await ctx.seedProgramme();
    const { applicationId } = await submittedApplication(ctx, programmeId);
    const path = `/applications/${applicationId}/reviewer-candidates`;
    expect((await ctx.call('admin', 'GET', path)).status).toBe(200);
    expect((await ctx.call('reporterKobenhavn', 'GET', path)).status).toBe(403);
    expect((await ctx.call('coordinator', 'GET', path)).status).toBe(403);
    // A co-funder of the programme is not the call's foundation: the application is not there for it.
    expect((await ctx.call('bikubenfonden', 'GET', path)).status).toBe(404);
    expect((await ctx.call('realdania', 'GET', path)).status).toBe(404);
  });
});
