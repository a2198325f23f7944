import type { ReportAttachmentDto } from '@samvirke/contracts';
import { DEMO_USERS, startService, userToken, type RunningService } from '@samvirke/testing';
import { awarded } from './awards.fixture.js';
import { grantsSuite } from './grants-api.fixture.js';

/**
 * A report's attachment through the real gateway (built from dist/, in front of grants in this
 * process, with real S3-compatible storage behind it): the raw bytes and the File-Name header reach
 * grants, the file comes back byte for byte with its type and name, and a body over the limit is
 * refused at the gateway.
 */
const ctx = grantsSuite('grants_attachments_gw');
let gateway: RunningService;

beforeAll(async () => {
  gateway = await startService('gateway', 'GATEWAY_PORT', { GRANTS_URL: ctx.url });
}, 60_000);

afterAll(async () => {
  await gateway?.stop();
});

const token = async (user: keyof typeof DEMO_USERS) => `Bearer ${await userToken(DEMO_USERS[user].username)}`;

it('uploads and downloads an attachment byte for byte through the gateway', async () => {
  const { award } = await awarded(ctx, {
    conditions: [],
    tranches: [{ amountOre: 150_000_000, earliestDate: '2026-01-01', awaitsReport: 'final' }],
  });
  const report = await ctx.call<{ id: string }>('reporterKobenhavn', 'POST', `/awards/${award.id}/reports`, {
    kind: 'final',
    trancheId: award.tranches[0]?.id,
    sections: { progress: 'Færdig.', results: '30 i job.', challenges: 'Ingen.' },
    financialLines: [
      { category: 'Løn', actualOre: 150_000_000 },
      { category: 'Aktiviteter', actualOre: 50_000_000 },
    ],
  });
  expect(report.status).toBe(201);
  const path = `${gateway.url}/api/grants/awards/${award.id}/reports/${report.body.id}/attachments`;
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300_000, 7)]);
  const uploaded = await fetch(path, {
    method: 'POST',
    headers: {
      authorization: await token('reporterKobenhavn'),
      'content-type': 'image/jpeg',
      'file-name': encodeURIComponent('Værkstedet.jpg'),
    },
    body: new Uint8Array(jpeg),
  });
  expect(uploaded.status).toBe(201);
  const attachment = (await uploaded.json()) as ReportAttachmentDto;
  expect(attachment).toMatchObject({
    fileName: 'Værkstedet.jpg',
    mediaType: 'image/jpeg',
    sizeBytes: jpeg.length,
  });

  const downloaded = await fetch(`${path}/${attachment.id}`, {
    headers: { authorization: await token('helsefonden') },
  });
  expect(downloaded.status).toBe(200);
  expect(downloaded.headers.get('content-type')).toBe('image/jpeg');
  expect(downloaded.headers.get('content-disposition')).toContain(`filename*=UTF-8''V%C3%A6rkstedet.jpg`);
  expect(Buffer.from(await downloaded.arrayBuffer()).equals(jpeg)).toBe(true);

  // Over the limit: the gateway answers 413 from the declared length and reads the rest of the
  // 10 MB to drop it, so the client still sending gets the answer, not a reset (body-limit.ts).
  const tooBig = await fetch(path, {
    method: 'POST',
    headers: {
      authorization: await token('reporterKobenhavn'),
      'content-type': 'application/pdf',
      'file-name': 'x.pdf',
    },
    body: new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024)])),
  });
  expect(tooBig.status).toBe(413);
  expect(await tooBig.json()).toMatchObject({ status: 413, detail: 'The request body is too large.' });
});
