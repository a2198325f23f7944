import { randomBytes } from 'node:crypto';
import type { ApplicationDto, ApplicationFileDto } from '@samvirke/contracts';
import { DEMO_USERS, userToken } from '@samvirke/testing';
import {
  callIn,
  COMPLETE_APPLICATION,
  grantsSuite,
  ORG,
  pointers,
  type DemoUser,
  type Problem,
} from '../../test/grants-api.fixture.js';

/** Files answering a form's file question, through real object storage (S3Mock), PostgreSQL and Keycloak. */
const ctx = grantsSuite('grants_application_files');

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
  randomBytes(1024),
  Buffer.from('\n%%EOF\n'),
]);
const EXE = Buffer.concat([Buffer.from('MZ'), randomBytes(512)]);

async function upload(user: DemoUser, applicationId: string, bytes: Buffer, name = 'Budget.pdf') {
  const response = await fetch(`${ctx.url}/applications/${applicationId}/files`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}`,
      'content-type': 'application/octet-stream',
      'file-name': encodeURIComponent(name),
    },
    body: new Uint8Array(bytes),
  });
  return { status: response.status, body: (await response.json()) as ApplicationFileDto & Problem };
}

async function download(user: DemoUser, path: string) {
  const response = await fetch(`${ctx.url}${path}`, {
    headers: { authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}` },
  });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('application files', () => {
  it('takes a file for a file question, checks the answer names one of the application, and hands it to the funder', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const callId = await callIn(ctx, programmeId);
    await ctx.call('helsefonden', 'PUT', `/calls/${callId}/form`, {
      questions: [{ key: 'budget', label: 'Budget', type: 'file', required: true }],
    });
    const started = await ctx.call<ApplicationDto>(
      'reporterKobenhavn',
      'POST',
      `/calls/${callId}/applications`,
      {
        applicantOrganisationId: ORG.kobenhavn.id,
        ...COMPLETE_APPLICATION,
      },
    );
    const id = started.body.id;
    const before = await ctx.counts();
    expect((await upload('reporterKobenhavn', id, EXE)).status).toBe(415);
    expect((await upload('reporterAarhus', id, PDF)).status).toBe(404);
    expect(await ctx.counts()).toEqual(before);
    const file = await upload('reporterKobenhavn', id, PDF, 'Budget 2027.pdf');
    expect(file).toMatchObject({
      status: 201,
      body: { fileName: 'Budget 2027.pdf', mediaType: 'application/pdf' },
    });
    const wrong = await ctx.call<Problem>('reporterKobenhavn', 'PATCH', `/applications/${id}`, {
      answers: { budget: '00000000-0000-4000-8000-000000000000' },
    });
    expect(wrong.status).toBe(422);
    expect(pointers(wrong.body)).toEqual(['/answers/budget']);
    const missing = await ctx.call<Problem>('reporterKobenhavn', 'POST', `/applications/${id}/submit`);
    expect(pointers(missing.body)).toEqual(['/answers/budget']);
    await ctx.call('reporterKobenhavn', 'PATCH', `/applications/${id}`, {
      answers: { budget: file.body.id },
    });
    const submitted = await ctx.call<ApplicationDto>(
      'reporterKobenhavn',
      'POST',
      `/applications/${id}/submit`,
    );
    expect(submitted.body).toMatchObject({ status: 'submitted', answers: { budget: file.body.id } });
    const fetched = await download('helsefonden', `/applications/${id}/files/${file.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.bytes.equals(PDF)).toBe(true);
    expect((await download('reporterAarhus', `/applications/${id}/files/${file.body.id}`)).status).toBe(404);
    const listed = await ctx.call<ApplicationFileDto[]>('helsefonden', 'GET', `/applications/${id}/files`);
    expect(listed.body.map((f) => f.id)).toEqual([file.body.id]);
    expect((await upload('reporterKobenhavn', id, PDF)).status).toBe(409);
  });
});
