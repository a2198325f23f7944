import type { ApplicationDto, ApplicationReviewsDto, GrantCallDto, ReviewDto } from '@samvirke/contracts';
import { DEMO_USERS } from '@samvirke/testing';
import {
  callIn,
  COMPLETE_APPLICATION,
  grantsSuite,
  ORG,
  pointers,
  submittedApplication,
  type Problem,
} from '../../test/grants-api.fixture.js';

/** Applications (draft → submitted → under review → decided) and reviews, against real PostgreSQL, Kafka and Keycloak. */
const ctx = grantsSuite('grants_applications');

describe('applications', () => {
  it('saves a draft as the applicant goes, submits it while the call is open, and then refuses edits', async () => {
    const { programmeId, goalIds } = await ctx.seedProgramme();
    const callId = await callIn(ctx, programmeId);
    const started = await ctx.call<ApplicationDto>(
      'reporterKobenhavn',
      'POST',
      `/calls/${callId}/applications`,
      {
        applicantOrganisationId: ORG.kobenhavn.id,
        title: 'Ungeindsats',
      },
    );
    expect(started).toMatchObject({
      status: 201,
      body: { status: 'draft', title: 'Ungeindsats', requestedAmountOre: null },
    });
    const id = started.body.id;
    const saved = await ctx.call<ApplicationDto>('reporterKobenhavn', 'PATCH', `/applications/${id}`, {
      ...COMPLETE_APPLICATION,
      goalIds: [goalIds[0]],
    });
    expect(saved.body).toMatchObject({
      status: 'draft',
      requestedAmountOre: 200_000_000,
      goalIds: [goalIds[0]],
    });
    const submitted = await ctx.call<ApplicationDto>(
      'reporterKobenhavn',
      'POST',
      `/applications/${id}/submit`,
    );
    expect(submitted).toMatchObject({ status: 200, body: { status: 'submitted' } });
    expect(submitted.body.submittedAt).not.toBeNull();
    const edit = await ctx.call('reporterKobenhavn', 'PATCH', `/applications/${id}`, { title: 'Ændret' });
    expect(edit.status).toBe(409);
    const [event] = await ctx.db.query<{ payload: Record<string, unknown> }[]>(
      `SELECT payload FROM outbox_message WHERE event_type = 'dk.samvirke.grants.application.submitted.v1' AND payload->>'applicationId' = $1`,
      [id],
    );
    expect(event?.payload).toMatchObject({
      applicantOrganisationId: ORG.kobenhavn.id,
      requestedAmountOre: 200_000_000,
    });
  });

  it('refuses to submit an incomplete application, naming every missing field, and a draft with bad amounts', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const callId = await callIn(ctx, programmeId);
    const started = await ctx.call<ApplicationDto>('member', 'POST', `/calls/${callId}/applications`, {
      applicantOrganisationId: ORG.ngo.id,
      requestedAmountOre: 100_000,
      budgetLines: [{ category: 'Løn', amountOre: 90_000 }],
    });
    expect(started.status).toBe(201);
    const incomplete = await ctx.call<Problem>('member', 'POST', `/applications/${started.body.id}/submit`);
    expect(incomplete.status).toBe(422);
    expect(pointers(incomplete.body)).toEqual(['/budgetLines', '/description', '/title']);
    const bad = await ctx.call<Problem>('member', 'PATCH', `/applications/${started.body.id}`, {
      requestedAmountOre: 10.25,
      budgetLines: [{ category: 'Løn', amountOre: -5 }],
      goalIds: ['not-a-uuid'],
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/budgetLines/0/amountOre', '/goalIds/0', '/requestedAmountOre']);
    const after = await ctx.call<ApplicationDto>('member', 'GET', `/applications/${started.body.id}`);
    expect(after.body).toMatchObject({ status: 'draft', requestedAmountOre: 100_000, title: '' });
  });

  it('refuses an application after the call closed, writing nothing', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const callId = await callIn(ctx, programmeId);
    const draft = await ctx.call<ApplicationDto>(
      'reporterKobenhavn',
      'POST',
      `/calls/${callId}/applications`,
      {
        applicantOrganisationId: ORG.kobenhavn.id,
        ...COMPLETE_APPLICATION,
      },
    );
    // The closing time passes.
    await ctx.db.query(
      `UPDATE grant_call SET opens_at = now() - interval '2 days', closes_at = now() - interval '1 second' WHERE id = $1`,
      [callId],
    );
    const before = await ctx.counts();
    const late = await ctx.call<Problem>(
      'reporterKobenhavn',
      'POST',
      `/applications/${draft.body.id}/submit`,
    );
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/closed/);
    const newOne = await ctx.call('member', 'POST', `/calls/${callId}/applications`, {
      applicantOrganisationId: ORG.ngo.id,
    });
    expect(newOne.status).toBe(409);
    expect(await ctx.counts()).toEqual(before);
    const unchanged = await ctx.call<ApplicationDto>(
      'reporterKobenhavn',
      'GET',
      `/applications/${draft.body.id}`,
    );
    expect(unchanged.body.status).toBe('draft');
  });

  it('refuses applicants of an ineligible type and applications for another organisation', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const callId = await callIn(ctx, programmeId, { eligibleOrganisationTypes: ['municipality'] });
    const before = await ctx.counts();
    const ngo = await ctx.call<Problem>('member', 'POST', `/calls/${callId}/applications`, {
      applicantOrganisationId: ORG.ngo.id,
    });
    expect(ngo.status).toBe(422);
    expect(pointers(ngo.body)).toEqual(['/applicantOrganisationId']);
    const forOther = await ctx.call('reporterAarhus', 'POST', `/calls/${callId}/applications`, {
      applicantOrganisationId: ORG.kobenhavn.id,
    });
    expect(forOther.status).toBe(403);
    expect(await ctx.counts()).toEqual(before);
  });

  it('shows applicants only their own applications, and the foundation only submitted ones', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const callId = await callIn(ctx, programmeId);
    const kbh = await ctx.call<ApplicationDto>('reporterKobenhavn', 'POST', `/calls/${callId}/applications`, {
      applicantOrganisationId: ORG.kobenhavn.id,
      ...COMPLETE_APPLICATION,
    });
    const aarhus = await ctx.call<ApplicationDto>('reporterAarhus', 'POST', `/calls/${callId}/applications`, {
      applicantOrganisationId: ORG.aarhus.id,
      ...COMPLETE_APPLICATION,
    });
    await ctx.call('reporterKobenhavn', 'POST', `/applications/${kbh.body.id}/submit`);
    expect((await ctx.call('reporterAarhus', 'GET', `/applications/${kbh.body.id}`)).status).toBe(404);
    expect((await ctx.call('helsefonden', 'GET', `/applications/${aarhus.body.id}`)).status).toBe(404);
    expect((await ctx.call('helsefonden', 'GET', `/applications/${kbh.body.id}`)).status).toBe(200);
    const forAarhus = await ctx.call<ApplicationDto[]>(
      'reporterAarhus',
      'GET',
      `/calls/${callId}/applications`,
    );
    expect(forAarhus.body.map((a) => a.id)).toEqual([aarhus.body.id]);
    const forFunder = await ctx.call<ApplicationDto[]>('helsefonden', 'GET', `/calls/${callId}/applications`);
    expect(forFunder.body.map((a) => a.id)).toEqual([kbh.body.id]);
    const withdrawn = await ctx.call<ApplicationDto>(
      'reporterAarhus',
      'POST',
      `/applications/${aarhus.body.id}/withdraw`,
    );
    expect(withdrawn.body.status).toBe('withdrawn');
    const rejected = await ctx.call<ApplicationDto>(
      'helsefonden',
      'POST',
      `/applications/${kbh.body.id}/reject`,
      {
        reason: 'Uden for opslagets formål',
      },
    );
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: 'Uden for opslagets formål' });
    expect(
      (await ctx.call('bikubenfonden', 'POST', `/applications/${kbh.body.id}/reject`, { reason: 'Nej tak' }))
        .status,
    ).toBe(404);
  });
});

describe('refused callers', () => {
  it("refuses anyone but the applicant's users to edit, submit or withdraw, and anyone but the call's foundation to assign reviewers", async () => {
    const { programmeId } = await ctx.seedProgramme();
    const callId = await callIn(ctx, programmeId);
    const draft = await ctx.call<ApplicationDto>(
      'reporterKobenhavn',
      'POST',
      `/calls/${callId}/applications`,
      {
        applicantOrganisationId: ORG.kobenhavn.id,
        ...COMPLETE_APPLICATION,
      },
    );
    const id = draft.body.id;
    const before = await ctx.counts();
    for (const user of ['reporterAarhus', 'helsefonden', 'coordinator'] as const) {
      expect((await ctx.call(user, 'PATCH', `/applications/${id}`, { title: 'Kapret' })).status).toBe(404);
      expect((await ctx.call(user, 'POST', `/applications/${id}/submit`)).status).toBe(404);
      expect((await ctx.call(user, 'POST', `/applications/${id}/withdraw`)).status).toBe(404);
    }
    expect((await ctx.call(null, 'GET', `/calls/${callId}`)).status).toBe(401);
    expect((await ctx.call(null, 'GET', `/programmes/${programmeId}/calls`)).status).toBe(401);
    expect(await ctx.counts()).toEqual(before);

    await ctx.call('reporterKobenhavn', 'POST', `/applications/${id}/submit`);
    const submitted = await ctx.counts();
    const reviewer = { reviewerUsername: 'officer.realdania' };
    expect((await ctx.call('bikubenfonden', 'POST', `/applications/${id}/reviewers`, reviewer)).status).toBe(
      404,
    );
    expect(
      (await ctx.call('reporterKobenhavn', 'POST', `/applications/${id}/reviewers`, reviewer)).status,
    ).toBe(403);
    expect((await ctx.call('coordinator', 'POST', `/applications/${id}/reviewers`, reviewer)).status).toBe(
      403,
    );
    expect(
      (await ctx.call('realdania', 'POST', `/applications/${id}/conflict`, { reason: 'Ikke tildelt' }))
        .status,
    ).toBe(403);
    expect(await ctx.counts()).toEqual(submitted);
  });
});

describe('reviews', () => {
  it('aggregates the weighted scores of assigned reviewers and puts the application under review', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const { callId, applicationId } = await submittedApplication(ctx, programmeId);
    const call = await ctx.call<GrantCallDto>('helsefonden', 'GET', `/calls/${callId}`);
    const [effect, anchoring] = call.body.criteria.map((criterion) => criterion.id);
    for (const reviewerUsername of ['officer.bikubenfonden', 'officer.realdania'])
      expect(
        (
          await ctx.call('helsefonden', 'POST', `/applications/${applicationId}/reviewers`, {
            reviewerUsername,
          })
        ).status,
      ).toBe(201);
    const application = await ctx.call<ApplicationDto>(
      'helsefonden',
      'GET',
      `/applications/${applicationId}`,
    );
    expect(application.body.status).toBe('under-review');
    // Weights 3 and 1: (3·8 + 1·4) / 40 = 70; (3·10 + 1·10) / 40 = 100.
    const first = await ctx.call<ReviewDto>('bikubenfonden', 'PUT', `/applications/${applicationId}/review`, {
      scores: [
        { criterionId: effect, score: 8 },
        { criterionId: anchoring, score: 4 },
      ],
      comment: 'Stærk effekt',
    });
    expect(first).toMatchObject({ status: 200, body: { status: 'completed', weightedScore: 70 } });
    await ctx.call('realdania', 'PUT', `/applications/${applicationId}/review`, {
      scores: [
        { criterionId: effect, score: 10 },
        { criterionId: anchoring, score: 10 },
      ],
    });
    const all = await ctx.call<ApplicationReviewsDto>(
      'helsefonden',
      'GET',
      `/applications/${applicationId}/reviews`,
    );
    expect(all.body).toMatchObject({ aggregateScore: 85, completedReviews: 2 });
    const own = await ctx.call<ApplicationReviewsDto>(
      'realdania',
      'GET',
      `/applications/${applicationId}/reviews`,
    );
    expect(own.body.reviews.map((review) => review.reviewerUsername)).toEqual(['officer.realdania']);
    expect((await ctx.call('reporterAarhus', 'GET', `/applications/${applicationId}/reviews`)).status).toBe(
      404,
    );
    const events = await ctx.db.query<{ payload: { aggregateScore: number } }[]>(
      `SELECT payload FROM outbox_message WHERE event_type = 'dk.samvirke.grants.application.reviewed.v1' AND payload->>'applicationId' = $1 ORDER BY position`,
      [applicationId],
    );
    expect(events.map((event) => event.payload.aggregateScore)).toEqual([70, 85]);
  });

  it('refuses a reviewer username nobody has signed in with, writing nothing', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const { applicationId } = await submittedApplication(ctx, programmeId);
    const before = await ctx.counts();
    const assign = (reviewerUsername: string) =>
      ctx.call<Problem>('helsefonden', 'POST', `/applications/${applicationId}/reviewers`, {
        reviewerUsername,
      });
    const nobody = await assign('ingen.saadan.bruger');
    expect(nobody.status).toBe(422);
    expect(pointers(nobody.body)).toEqual(['/reviewerUsername']);
    expect(await ctx.counts()).toEqual(before);
    // Whoever has called grants is known, by the username of their verified token.
    await ctx.call('member', 'GET', `/applications/${applicationId}`);
    const known = await ctx.db.query<{ username: string }[]>(`SELECT username FROM known_user`);
    expect(known.map((row) => row.username)).toContain(DEMO_USERS.member.username);
    expect((await assign(DEMO_USERS.member.username)).status).toBe(201);
  });

  it("refuses a reviewer from the applicant's organisation, one who declared a conflict, and one not assigned, writing nothing", async () => {
    const { programmeId } = await ctx.seedProgramme();
    const { callId, applicationId } = await submittedApplication(ctx, programmeId);
    const call = await ctx.call<GrantCallDto>('helsefonden', 'GET', `/calls/${callId}`);
    const scores = call.body.criteria.map((criterion) => ({ criterionId: criterion.id, score: 5 }));
    for (const reviewerUsername of ['reporter.kobenhavn', 'officer.bikubenfonden'])
      await ctx.call('helsefonden', 'POST', `/applications/${applicationId}/reviewers`, { reviewerUsername });
    const declared = await ctx.call<ReviewDto>(
      'bikubenfonden',
      'POST',
      `/applications/${applicationId}/conflict`,
      {
        reason: 'Bestyrelsesmedlem i ansøgers styregruppe',
      },
    );
    expect(declared.body.status).toBe('conflicted');
    const before = await ctx.counts();
    const ownOrganisation = await ctx.call<Problem>(
      'reporterKobenhavn',
      'PUT',
      `/applications/${applicationId}/review`,
      { scores },
    );
    expect(ownOrganisation.status).toBe(409);
    expect(ownOrganisation.body.detail).toMatch(/own organisation/);
    const conflicted = await ctx.call<Problem>(
      'bikubenfonden',
      'PUT',
      `/applications/${applicationId}/review`,
      { scores },
    );
    expect(conflicted.status).toBe(409);
    expect(conflicted.body.detail).toMatch(/conflict/);
    expect(
      (await ctx.call('realdania', 'PUT', `/applications/${applicationId}/review`, { scores })).status,
    ).toBe(403);
    expect(await ctx.counts()).toEqual(before);
  });

  it('refuses scores that miss a criterion, name an unknown one or fall outside 0-10', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const { callId, applicationId } = await submittedApplication(ctx, programmeId);
    const call = await ctx.call<GrantCallDto>('helsefonden', 'GET', `/calls/${callId}`);
    await ctx.call('helsefonden', 'POST', `/applications/${applicationId}/reviewers`, {
      reviewerUsername: 'officer.realdania',
    });
    const outOfRange = await ctx.call<Problem>('realdania', 'PUT', `/applications/${applicationId}/review`, {
      scores: [
        { criterionId: call.body.criteria[0]?.id, score: 11 },
        { criterionId: call.body.criteria[1]?.id, score: 2.5 },
      ],
    });
    expect(outOfRange.status).toBe(400);
    expect(pointers(outOfRange.body)).toEqual(['/scores/0/score', '/scores/1/score']);
    const missing = await ctx.call<Problem>('realdania', 'PUT', `/applications/${applicationId}/review`, {
      scores: [
        { criterionId: call.body.criteria[0]?.id, score: 5 },
        { criterionId: ORG.ngo.id, score: 5 },
      ],
    });
    expect(missing.status).toBe(422);
    expect(pointers(missing.body)).toEqual(['/scores', '/scores/1/criterionId']);
    const reviews = await ctx.call<ApplicationReviewsDto>(
      'helsefonden',
      'GET',
      `/applications/${applicationId}/reviews`,
    );
    expect(reviews.body.completedReviews).toBe(0);
  });
});
