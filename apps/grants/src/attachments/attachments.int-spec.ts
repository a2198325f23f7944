import { randomBytes } from 'node:crypto';
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type {
  AwardDto,
  GrantReportDto,
  ReportAttachmentDto,
  ReportAttachmentsDto,
} from '@samvirke/contracts';
import { DEMO_USERS, userToken } from '@samvirke/testing';
import { awarded, eventsOf } from '../../test/awards.fixture.js';
import { grantsSuite, pointers, type DemoUser, type Problem } from '../../test/grants-api.fixture.js';
import { grantsConfig } from '../config.js';
import { sha256Hex } from './attachments.rules.js';

/**
 * Files attached to a grantee's report against real PostgreSQL, Kafka, Keycloak and a real
 * S3-compatible server (S3Mock from infra-up, or the one S3_ENDPOINT names): stored byte for byte,
 * listed, downloaded by the award's readers only, and refused (wrong type, too big, wrong caller)
 * with nothing stored anywhere.
 */
const ctx = grantsSuite('grants_attachments');

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
  randomBytes(2048),
  Buffer.from('\n%%EOF\n'),
]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4096)]);
const CSV = Buffer.from('kategori;beløb\nLøn;1000000\nAktiviteter;520000\n', 'utf8');
const EXE = Buffer.concat([Buffer.from('MZ'), randomBytes(1024)]);

const WAITING = {
  conditions: [],
  tranches: [
    { amountOre: 60_000_000, earliestDate: '2026-01-01' },
    { amountOre: 90_000_000, earliestDate: '2026-07-01', awaitsReport: 'progress' },
  ],
};

async function reported(): Promise<{ programmeId: string; award: AwardDto; report: GrantReportDto }> {
  const { programmeId, award } = await awarded(ctx, WAITING);
  const submitted = await ctx.call<GrantReportDto>(
    'reporterKobenhavn',
    'POST',
    `/awards/${award.id}/reports`,
    {
      kind: 'progress',
      trancheId: award.tranches[1]?.id,
      sections: { progress: 'Godt i gang.', results: '18 i job.', challenges: 'Rekruttering.' },
      financialLines: [
        { category: 'Løn', actualOre: 150_000_000 },
        { category: 'Aktiviteter', actualOre: 50_000_000 },
      ],
    },
  );
  if (submitted.status !== 201) throw new Error(JSON.stringify(submitted.body));
  return { programmeId, award, report: submitted.body };
}

const attachments = (award: AwardDto, report: GrantReportDto) =>
  `/awards/${award.id}/reports/${report.id}/attachments`;

async function upload(
  user: DemoUser,
  path: string,
  bytes: Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: ReportAttachmentDto & Problem }> {
  const response = await fetch(`${ctx.url}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}`,
      'content-type': 'application/octet-stream',
      ...headers,
    },
    body: new Uint8Array(bytes),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as ReportAttachmentDto & Problem,
  };
}

async function download(user: DemoUser, path: string) {
  const response = await fetch(`${ctx.url}${path}`, {
    headers: { authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}` },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

const s3 = () => {
  const config = grantsConfig();
  return new S3Client({
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: true,
    credentials: { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY },
  });
};

/** The keys object storage holds for the award. */
async function storedKeys(awardId: string): Promise<string[]> {
  const client = s3();
  const listed = await client.send(
    new ListObjectsV2Command({ Bucket: grantsConfig().S3_BUCKET, Prefix: `awards/${awardId}/` }),
  );
  client.destroy();
  return (listed.Contents ?? []).map((object) => object.Key ?? '');
}

describe("files attached to a grantee's report", () => {
  it('stores them byte for byte with their SHA-256, lists them and hands them to the award’s readers only', async () => {
    const { programmeId, award, report } = await reported();
    const path = attachments(award, report);
    const pdf = await upload('reporterKobenhavn', path, PDF, {
      'file-name': encodeURIComponent('Revisorerklæring 2026.pdf'),
    });
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({
      reportId: report.id,
      awardId: award.id,
      fileName: 'Revisorerklæring 2026.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha256Hex(PDF),
      uploadedBy: 'reporter.kobenhavn',
    });
    const png = await upload('reporterKobenhavn', path, PNG, {
      'content-type': 'image/png',
      'file-name': 'mentorer.png',
    });
    expect(png.status).toBe(201);
    const csv = await upload('reporterKobenhavn', path, CSV, {
      'content-type': 'text/csv',
      'file-name': 'budget.csv',
    });
    expect(csv.body.mediaType).toBe('text/csv');

    const listed = await ctx.call<ReportAttachmentsDto>('bikubenfonden', 'GET', path);
    expect(listed.body.attachments.map((a) => [a.fileName, a.mediaType, a.sizeBytes])).toEqual([
      ['Revisorerklæring 2026.pdf', 'application/pdf', PDF.length],
      ['mentorer.png', 'image/png', PNG.length],
      ['budget.csv', 'text/csv', CSV.length],
    ]);
    expect((await storedKeys(award.id)).sort()).toEqual(
      [pdf.body.id, png.body.id, csv.body.id]
        .map((id) => `awards/${award.id}/reports/${report.id}/${id}`)
        .sort(),
    );

    for (const user of ['reporterKobenhavn', 'helsefonden', 'bikubenfonden', 'admin'] as const) {
      const got = await download(user, `${path}/${pdf.body.id}`);
      expect([user, got.status, got.type]).toEqual([user, 200, 'application/pdf']);
      expect(got.bytes.equals(PDF)).toBe(true);
    }
    expect((await download('reporterKobenhavn', `${path}/${png.body.id}`)).bytes.equals(PNG)).toBe(true);
    expect((await download('helsefonden', `${path}/${pdf.body.id}`)).disposition).toBe(
      `attachment; filename="Revisorerkl_ring 2026.pdf"; filename*=UTF-8''Revisorerkl%C3%A6ring%202026.pdf`,
    );
    expect((await download('realdania', `${path}/${pdf.body.id}`)).status).toBe(404);
    expect((await ctx.call('realdania', 'GET', path)).status).toBe(404);
    expect((await download('helsefonden', `${path}/${report.id}`)).status).toBe(404);

    expect(await eventsOf(ctx, programmeId, 'attachment.added')).toEqual(
      [pdf.body, png.body, csv.body].map((a): unknown =>
        expect.objectContaining({
          attachmentId: a.id,
          reportId: report.id,
          sha256: a.sha256,
          fileName: a.fileName,
        }),
      ),
    );
  });

  it('refuses other callers, other types, too big files and bad names, storing nothing', async () => {
    const { award, report } = await reported();
    const path = attachments(award, report);
    const before = await ctx.counts();
    const named = { 'file-name': 'budget.pdf' };
    for (const user of ['helsefonden', 'bikubenfonden', 'admin'] as const)
      expect([user, (await upload(user, path, PDF, named)).status]).toEqual([user, 403]);
    expect((await upload('realdania', path, PDF, named)).status).toBe(404);
    expect((await upload('reporterKobenhavn', path, EXE, { 'file-name': 'budget.exe' })).status).toBe(415);
    const mislabelled = await upload('reporterKobenhavn', path, EXE, {
      'content-type': 'application/pdf',
      ...named,
    });
    expect(mislabelled.status).toBe(415);
    expect(
      (await upload('reporterKobenhavn', path, PNG, { 'content-type': 'application/pdf', ...named })).status,
    ).toBe(415);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(512)]);
    expect((await upload('reporterKobenhavn', path, zip, { 'file-name': 'x.xlsx' })).status).toBe(415);
    const tooBig = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    expect((await upload('reporterKobenhavn', path, tooBig, named)).status).toBe(413);
    const unnamed = await upload('reporterKobenhavn', path, PDF);
    expect(unnamed.status).toBe(422);
    expect(pointers(unnamed.body)).toEqual(['/headers/file-name']);
    const slashed = await upload('reporterKobenhavn', path, PDF, { 'file-name': '..%2Fetc%2Fpasswd' });
    expect(pointers(slashed.body)).toEqual(['/headers/file-name']);
    expect(await ctx.counts()).toEqual(before);
    expect(await storedKeys(award.id)).toEqual([]);
  });

  it('takes files only while the report waits for a decision, and never hands out bytes that lost their checksum', async () => {
    const { award, report } = await reported();
    const path = attachments(award, report);
    const added = await upload('reporterKobenhavn', path, PDF, { 'file-name': 'budget.pdf' });
    expect(added.status).toBe(201);
    const client = s3();
    await client.send(
      new PutObjectCommand({
        Bucket: grantsConfig().S3_BUCKET,
        Key: `awards/${award.id}/reports/${report.id}/${added.body.id}`,
        Body: Buffer.concat([PDF.subarray(0, 100), Buffer.from('tampered'), PDF.subarray(108)]),
      }),
    );
    client.destroy();
    expect((await download('helsefonden', `${path}/${added.body.id}`)).status).toBe(502);

    expect(
      (await ctx.call('helsefonden', 'POST', `/awards/${award.id}/reports/${report.id}/approve`)).status,
    ).toBe(200);
    const before = await ctx.counts();
    expect((await upload('reporterKobenhavn', path, PNG, { 'file-name': 'sent.png' })).status).toBe(409);
    expect(await ctx.counts()).toEqual(before);
    expect(await storedKeys(award.id)).toHaveLength(1);
  });
});
