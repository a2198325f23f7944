import type { ApplicationDto, ApplicationFormDto } from '@samvirke/contracts';
import {
  callIn,
  COMPLETE_APPLICATION,
  grantsSuite,
  ORG,
  pointers,
  type Problem,
} from '../../test/grants-api.fixture.js';

/** A call's own application form, answered by applicants, against real PostgreSQL, Kafka and Keycloak. */
const ctx = grantsSuite('grants_forms');

const STOP = 'Kun organisationer med aktiviteter i Danmark kan søge.';
const FORM = {
  questions: [
    {
      key: 'i-danmark',
      label: 'Har organisationen aktiviteter i Danmark?',
      type: 'choice',
      options: ['Ja', 'Nej'],
      eligibility: { acceptedOptions: ['Ja'], message: STOP },
    },
    { key: 'formaal', label: 'Formål', type: 'text', required: true, maxWords: 10 },
    { key: 'deltagere', label: 'Antal deltagere', type: 'number', integer: true, min: 1 },
    { key: 'maalgrupper', label: 'Målgrupper', type: 'choice', options: ['Børn', 'Unge'], multiple: true },
    {
      key: 'aktiviteter',
      label: 'Aktiviteter',
      type: 'table',
      required: true,
      columns: [
        { key: 'navn', label: 'Aktivitet', type: 'text' },
        { key: 'timer', label: 'Timer', type: 'number' },
      ],
    },
  ],
};
const ANSWERS = {
  formaal: 'Mentorforløb for unge',
  deltagere: 40,
  maalgrupper: ['Unge'],
  aktiviteter: [{ navn: 'Lektiecafé', timer: 120 }],
};

async function callWithForm(): Promise<{ callId: string; programmeId: string }> {
  const { programmeId } = await ctx.seedProgramme();
  const callId = await callIn(ctx, programmeId);
  const saved = await ctx.call<ApplicationFormDto>('helsefonden', 'PUT', `/calls/${callId}/form`, FORM);
  expect(saved).toMatchObject({ status: 200, body: { version: 1, locked: false } });
  return { callId, programmeId };
}

describe('application forms', () => {
  it("lets only the call's foundation design the form and names every structural fault", async () => {
    const { programmeId } = await ctx.seedProgramme();
    const callId = await callIn(ctx, programmeId);
    expect((await ctx.call<ApplicationFormDto>('member', 'GET', `/calls/${callId}/form`)).body).toMatchObject(
      {
        version: 0,
        questions: [],
      },
    );
    const before = await ctx.counts();
    for (const user of ['bikubenfonden', 'reporterKobenhavn', 'coordinator'] as const)
      expect((await ctx.call(user, 'PUT', `/calls/${callId}/form`, FORM)).status).toBe(403);
    const bad = await ctx.call<Problem>('helsefonden', 'PUT', `/calls/${callId}/form`, {
      questions: [
        { ...FORM.questions[0], eligibility: { acceptedOptions: ['Måske'], message: STOP } },
        { key: 'i-danmark', label: 'Igen', type: 'number', min: 10, max: 1 },
      ],
    });
    expect(bad.status).toBe(422);
    expect(pointers(bad.body)).toEqual([
      '/questions/0/eligibility/acceptedOptions/0',
      '/questions/1/key',
      '/questions/1/max',
    ]);
    const badType = await ctx.call<Problem>('helsefonden', 'PUT', `/calls/${callId}/form`, {
      questions: [{ key: 'x', label: 'X', type: 'dato' }],
    });
    expect(badType.status).toBe(400);
    expect(await ctx.counts()).toEqual(before);
    const saved = await ctx.call<ApplicationFormDto>('helsefonden', 'PUT', `/calls/${callId}/form`, FORM);
    expect(saved.body.questions.map((question) => question.key)).toEqual(FORM.questions.map((q) => q.key));
  });

  it('stops an ineligible applicant at the eligibility question with the foundation’s message, saving nothing else', async () => {
    const { callId } = await callWithForm();
    const early = await ctx.call<Problem>('reporterKobenhavn', 'POST', `/calls/${callId}/applications`, {
      applicantOrganisationId: ORG.kobenhavn.id,
      title: 'Ungeindsats',
    });
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual([
      { pointer: '/answers/i-danmark', detail: 'answer the eligibility questions first' },
    ]);
    const started = await ctx.call<ApplicationDto>(
      'reporterKobenhavn',
      'POST',
      `/calls/${callId}/applications`,
      {
        applicantOrganisationId: ORG.kobenhavn.id,
        answers: { 'i-danmark': 'Nej' },
      },
    );
    expect(started).toMatchObject({
      status: 201,
      body: { eligibility: { status: 'ineligible', messages: [{ key: 'i-danmark', message: STOP }] } },
    });
    const id = started.body.id;
    const more = await ctx.call<Problem>('reporterKobenhavn', 'PATCH', `/applications/${id}`, {
      title: 'Ungeindsats',
      answers: { formaal: 'Mentorer' },
    });
    expect(more.status).toBe(422);
    expect(more.body.errors).toEqual([{ pointer: '/answers/i-danmark', detail: STOP }]);
    const stored = await ctx.call<ApplicationDto>('reporterKobenhavn', 'GET', `/applications/${id}`);
    expect(stored.body).toMatchObject({ title: '', answers: { 'i-danmark': 'Nej' } });
    const submit = await ctx.call<Problem>('reporterKobenhavn', 'POST', `/applications/${id}/submit`);
    expect(submit.status).toBe(422);
    const changed = await ctx.call<ApplicationDto>('reporterKobenhavn', 'PATCH', `/applications/${id}`, {
      answers: { 'i-danmark': 'Ja' },
    });
    expect(changed.body.eligibility).toEqual({ status: 'eligible', messages: [] });
  });

  it('checks answers against the form, names each bad and missing one, and submits against the version', async () => {
    const { callId } = await callWithForm();
    const started = await ctx.call<ApplicationDto>(
      'reporterKobenhavn',
      'POST',
      `/calls/${callId}/applications`,
      {
        applicantOrganisationId: ORG.kobenhavn.id,
        answers: { 'i-danmark': 'Ja' },
      },
    );
    const id = started.body.id;
    const before = await ctx.counts();
    const bad = await ctx.call<Problem>('reporterKobenhavn', 'PATCH', `/applications/${id}`, {
      ...COMPLETE_APPLICATION,
      answers: {
        formaal: 'et to tre fire fem seks syv otte ni ti elleve',
        deltagere: 0,
        maalgrupper: ['Voksne'],
        aktiviteter: [{ navn: 'Lektiecafé', timer: 'mange' }],
        ukendt: 'x',
      },
    });
    expect(bad.status).toBe(422);
    expect(pointers(bad.body)).toEqual([
      '/answers/aktiviteter/0/timer',
      '/answers/deltagere',
      '/answers/formaal',
      '/answers/maalgrupper/0',
      '/answers/ukendt',
    ]);
    expect(await ctx.counts()).toEqual(before);
    await ctx.call('reporterKobenhavn', 'PATCH', `/applications/${id}`, {
      ...COMPLETE_APPLICATION,
      answers: { deltagere: 40 },
    });
    const incomplete = await ctx.call<Problem>('reporterKobenhavn', 'POST', `/applications/${id}/submit`);
    expect(incomplete.status).toBe(422);
    expect(pointers(incomplete.body)).toEqual(['/answers/aktiviteter', '/answers/formaal']);
    await ctx.call('reporterKobenhavn', 'PATCH', `/applications/${id}`, { answers: ANSWERS });
    const submitted = await ctx.call<ApplicationDto>(
      'reporterKobenhavn',
      'POST',
      `/applications/${id}/submit`,
    );
    expect(submitted).toMatchObject({
      status: 200,
      body: { status: 'submitted', formVersion: 1, answers: { 'i-danmark': 'Ja', ...ANSWERS } },
    });
    // The call's foundation (and its reviewers) read the answers with the application.
    const seen = await ctx.call<ApplicationDto>('helsefonden', 'GET', `/applications/${id}`);
    expect(seen.body.answers).toEqual({ 'i-danmark': 'Ja', ...ANSWERS });
  });

  it('keeps the version submitted applications answered and makes a change the next version', async () => {
    const { callId } = await callWithForm();
    const unlocked = await ctx.call<ApplicationFormDto>('helsefonden', 'PUT', `/calls/${callId}/form`, {
      questions: [...FORM.questions, { key: 'bilag', label: 'Bilag', type: 'file' }],
    });
    expect(unlocked.body).toMatchObject({ version: 1, locked: false });
    await ctx.call('helsefonden', 'PUT', `/calls/${callId}/form`, FORM);
    const started = await ctx.call<ApplicationDto>(
      'reporterKobenhavn',
      'POST',
      `/calls/${callId}/applications`,
      {
        applicantOrganisationId: ORG.kobenhavn.id,
        ...COMPLETE_APPLICATION,
        answers: { 'i-danmark': 'Ja', ...ANSWERS },
      },
    );
    expect(started.status).toBe(201);
    await ctx.call('reporterKobenhavn', 'POST', `/applications/${started.body.id}/submit`);
    expect((await ctx.call<ApplicationFormDto>('member', 'GET', `/calls/${callId}/form`)).body.locked).toBe(
      true,
    );
    const next = await ctx.call<ApplicationFormDto>('helsefonden', 'PUT', `/calls/${callId}/form`, {
      questions: FORM.questions.slice(1),
    });
    expect(next.body).toMatchObject({ version: 2, locked: false });
    const first = await ctx.call<ApplicationFormDto>(
      'coordinator',
      'GET',
      `/calls/${callId}/form/versions/1`,
    );
    expect(first.body.questions).toHaveLength(FORM.questions.length);
    expect((await ctx.call('coordinator', 'GET', `/calls/${callId}/form/versions/9`)).status).toBe(404);
    const kept = await ctx.call<ApplicationDto>('helsefonden', 'GET', `/applications/${started.body.id}`);
    expect(kept.body.formVersion).toBe(1);
  });
});
