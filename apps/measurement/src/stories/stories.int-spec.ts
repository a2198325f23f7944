import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { LearningEntryDto, StoryCommentDto, StoryDto } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { measurementSuite, pointers, type Problem } from '../../test/measurement-api.fixture.js';

/** The story behind the curve, its comments, and the learning log searched in Danish. */
const ctx = measurementSuite('stories');
beforeAll(() => ctx.defineStandardIndicators());

describe('the story behind the curve and the learning log', () => {
  const programmeId = randomUUID();
  const storyPath = `/programmes/${programmeId}/indicators/hjemloese-unge/stories/2026-Q1`;
  const learningPath = `/programmes/${programmeId}/learning`;

  beforeAll(async () => {
    await ctx.seedProgramme(programmeId, 'stories', [
      [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [DEMO_ORGANISATIONS.kobenhavn.id, ['data-provider']],
    ]);
    const configured = await ctx.call(
      'coordinator',
      'PUT',
      `/programmes/${programmeId}/indicators/hjemloese-unge`,
      {
        frequency: 'quarterly',
      },
    );
    expect(configured.status).toBe(200);
  }, 60_000);

  const eventsOf = (type: string) =>
    ctx.app
      .get(DataSource)
      .query<{ payload: Record<string, unknown> }[]>(
        `SELECT payload FROM outbox_message WHERE event_type = $1 AND payload->>'programmeId' = $2 ORDER BY position`,
        [type, programmeId],
      );

  it('reads an empty story before anyone writes, then the whole story as written, and tells of it', async () => {
    const empty = await ctx.call<StoryDto>('reporterKobenhavn', 'GET', storyPath);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ explanation: '', actions: [], updatedAt: null, comments: [] });
    const story = {
      explanation: 'Færre unge mistede boligen, da boligsociale medarbejdere kom ud tidligt.',
      partners: 'Boligselskaberne, jobcentret',
      whatWorks: 'Housing First og mentorer',
      actions: [{ who: 'Sekretariatet', what: 'Indkalde boligselskaberne', byWhen: '2026-06-30' }],
    };
    const written = await ctx.call<StoryDto>('coordinator', 'PUT', storyPath, story);
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ ...story, updatedByOrganisationId: DEMO_ORGANISATIONS.backbone.id });
    const read = await ctx.call<StoryDto>('helsefonden', 'GET', storyPath);
    expect(read.body.actions).toEqual(story.actions);
    expect(
      (await eventsOf('dk.samvirke.measurement.indicator-story.written.v1')).map((row) => row.payload),
    ).toEqual([
      {
        programmeId,
        code: 'hjemloese-unge',
        period: '2026-Q1',
        organisationId: DEMO_ORGANISATIONS.backbone.id,
        actions: 1,
      },
    ]);
  });

  it('lets members comment, shown with their organisation, and tells of each comment', async () => {
    const added = await ctx.call<StoryCommentDto>('reporterKobenhavn', 'POST', `${storyPath}/comments`, {
      body: 'Vi så det samme i Nordvest.',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ organisationId: DEMO_ORGANISATIONS.kobenhavn.id });
    const read = await ctx.call<StoryDto>('coordinator', 'GET', storyPath);
    expect(read.body.comments.map((comment) => comment.body)).toEqual(['Vi så det samme i Nordvest.']);
    const events = await eventsOf('dk.samvirke.measurement.story-comment.added.v1');
    expect(events.map((row) => row.payload['commentId'])).toEqual([added.body.id]);
  });

  it('names every bad field of a story and changes nothing', async () => {
    const bad = await ctx.call<Problem>('coordinator', 'PUT', storyPath, {
      explanation: 'x'.repeat(5001),
      actions: [{ who: '', what: 'Noget', byWhen: '30-06-2026' }],
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/actions/0/byWhen', '/actions/0/who', '/explanation']);
    const wrongPeriod = await ctx.call<Problem>(
      'coordinator',
      'PUT',
      `/programmes/${programmeId}/indicators/hjemloese-unge/stories/2026-03`,
      {},
    );
    expect(wrongPeriod.status).toBe(422);
    expect(pointers(wrongPeriod.body)).toEqual(['/period']);
    const untracked = `/programmes/${programmeId}/indicators/andel-i-uddannelse/stories/2026-Q1`;
    expect((await ctx.call('coordinator', 'PUT', untracked, {})).status).toBe(404);
    const read = await ctx.call<StoryDto>('coordinator', 'GET', storyPath);
    expect(read.body.explanation).toMatch(/^Færre unge/);
  });

  it('refuses stories, comments and the learning log to callers outside the programme', async () => {
    expect((await ctx.call('bikubenfonden', 'GET', storyPath)).status).toBe(404);
    expect((await ctx.call('member', 'PUT', storyPath, {})).status).toBe(404);
    expect((await ctx.call('reporterAarhus', 'POST', `${storyPath}/comments`, { body: 'Hej' })).status).toBe(
      404,
    );
    expect((await ctx.call('bikubenfonden', 'GET', learningPath)).status).toBe(404);
    expect((await ctx.call('member', 'POST', learningPath, { title: 'x', body: 'y' })).status).toBe(404);
    expect((await ctx.call(null, 'GET', learningPath)).status).toBe(401);
    expect(await eventsOf('dk.samvirke.measurement.learning-entry.recorded.v1')).toEqual([]);
  });

  it('keeps a learning log, newest first, found by Danish full-text search across word forms', async () => {
    const first = await ctx.call<LearningEntryDto>('coordinator', 'POST', learningPath, {
      title: 'Mentorordningen virker',
      body: 'Unge med en mentor fastholdes oftere i uddannelse.',
      code: 'hjemloese-unge',
    });
    expect(first.status).toBe(201);
    const second = await ctx.call<LearningEntryDto>('helsefonden', 'POST', learningPath, {
      title: 'Boligsocial indsats',
      body: 'Tidlig kontakt med boligselskaberne forebygger udsættelser.',
    });
    expect(second.status).toBe(201);
    const log = await ctx.call<LearningEntryDto[]>('reporterKobenhavn', 'GET', learningPath);
    expect(log.body.map((entry) => entry.title)).toEqual(['Boligsocial indsats', 'Mentorordningen virker']);
    // "mentorerne" and "mentor" share the Danish stem.
    const found = await ctx.call<LearningEntryDto[]>(
      'reporterKobenhavn',
      'GET',
      `${learningPath}?q=mentorerne`,
    );
    expect(found.body.map((entry) => entry.id)).toEqual([first.body.id]);
    const none = await ctx.call<LearningEntryDto[]>('reporterKobenhavn', 'GET', `${learningPath}?q=cykelsti`);
    expect(none.body).toEqual([]);
    const events = await eventsOf('dk.samvirke.measurement.learning-entry.recorded.v1');
    expect(events.map((row) => row.payload['entryId'])).toEqual([first.body.id, second.body.id]);
  });

  it('names an entry without a title and an indicator the programme does not track', async () => {
    const bad = await ctx.call<Problem>('coordinator', 'POST', learningPath, { title: '', body: '' });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/body', '/title']);
    const untracked = await ctx.call<Problem>('coordinator', 'POST', learningPath, {
      title: 'Om uddannelse',
      body: 'Noget',
      code: 'andel-i-uddannelse',
    });
    expect(untracked.status).toBe(422);
    expect(pointers(untracked.body)).toEqual(['/code']);
  });
});
