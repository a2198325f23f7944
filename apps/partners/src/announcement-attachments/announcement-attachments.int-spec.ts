import { randomBytes } from 'node:crypto';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type {
  AnnouncementAttachmentDto,
  AnnouncementAttachmentsDto,
  AnnouncementDto,
  ProgrammeDto,
} from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, DEMO_USERS, userToken } from '@samvirke/testing';
import {
  pointers,
  seedProgramme,
  startPartners,
  type DemoUser,
  type PartnersFixture,
  type Problem,
} from '../../test/partners-api.fixture.js';
import { partnersConfig } from '../config.js';
import { sha256Hex } from '@samvirke/platform';

/**
 * Files on announcements against real PostgreSQL, Keycloak tokens and a real S3-compatible server
 * (S3Mock, or what S3_ENDPOINT names): stored byte for byte with their SHA-256, listed and
 * downloaded only by the announcement's audience, refused (type, name, caller) with nothing stored.
 */
let partners: PartnersFixture;
let programme: ProgrammeDto;
let toKobenhavn: AnnouncementDto;
let toAarhus: AnnouncementDto;

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), randomBytes(4096), Buffer.from('\n%%EOF\n')]);
const EXE = Buffer.concat([Buffer.from('MZ'), randomBytes(512)]);
const base = (announcement: AnnouncementDto) =>
  `/programmes/${programme.id}/announcements/${announcement.id}/attachments`;

async function send(
  user: DemoUser,
  method: 'GET' | 'POST',
  path: string,
  bytes?: Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const response = await fetch(`${partners.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}`,
      ...(bytes ? { 'content-type': 'application/octet-stream' } : {}),
      ...headers,
    },
    ...(bytes ? { body: new Uint8Array(bytes) } : {}),
  });
  return {
    status: response.status,
    bytes: Buffer.from(await response.arrayBuffer()),
    headers: response.headers,
  };
}

const json = <T>(answer: { bytes: Buffer }): T => JSON.parse(answer.bytes.toString('utf8')) as T;

async function announce(organisationId: string, title: string): Promise<AnnouncementDto> {
  const created = await partners.call<AnnouncementDto>(
    'coordinator',
    'POST',
    `/programmes/${programme.id}/announcements`,
    { title, body: 'Se vedhæftet fil.', audience: { organisationIds: [organisationId] } },
  );
  expect(created.status).toBe(201);
  return created.body;
}

beforeAll(async () => {
  partners = await startPartners('announcement_attachments');
  programme = await seedProgramme(partners);
  const joined = await partners.call('coordinator', 'POST', `/programmes/${programme.id}/members`, {
    organisationId: DEMO_ORGANISATIONS.aarhus.id,
    roles: ['data-provider'],
  });
  expect(joined.status).toBe(201);
  toKobenhavn = await announce(DEMO_ORGANISATIONS.kobenhavn.id, 'Til København');
  toAarhus = await announce(DEMO_ORGANISATIONS.aarhus.id, 'Til Aarhus');
}, 60_000);

afterAll(async () => {
  await partners?.close();
}, 60_000);

describe('announcement attachments', () => {
  it("stores a manager's file byte for byte with its SHA-256, for the audience to download", async () => {
    const added = await send('coordinator', 'POST', base(toKobenhavn), PDF, {
      'file-name': encodeURIComponent('Referat fra styregruppen æøå.pdf'),
    });
    expect(added.status).toBe(201);
    const attachment = json<AnnouncementAttachmentDto>(added);
    expect(attachment).toMatchObject({
      announcementId: toKobenhavn.id,
      fileName: 'Referat fra styregruppen æøå.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha256Hex(PDF),
    });
    const listed = await send('reporterKobenhavn', 'GET', base(toKobenhavn));
    expect(json<AnnouncementAttachmentsDto>(listed).attachments.map((entry) => entry.id)).toEqual([
      attachment.id,
    ]);
    const download = await send('reporterKobenhavn', 'GET', `${base(toKobenhavn)}/${attachment.id}`);
    expect(download.status).toBe(200);
    expect(download.bytes.equals(PDF)).toBe(true);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''Referat%20fra");
    // The object is in the S3-compatible store under the announcement's key.
    const config = partnersConfig();
    const s3 = new S3Client({
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      credentials: { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY },
    });
    const object = await s3.send(
      new GetObjectCommand({
        Bucket: config.S3_BUCKET,
        Key: `announcements/${programme.id}/${toKobenhavn.id}/${attachment.id}`,
      }),
    );
    expect(Buffer.from((await object.Body?.transformToByteArray()) ?? []).equals(PDF)).toBe(true);
    s3.destroy();
  });

  it('hides the file from members outside the audience and refuses uploads by members', async () => {
    const [attachment] = json<AnnouncementAttachmentsDto>(
      await send('coordinator', 'GET', base(toKobenhavn)),
    ).attachments;
    expect((await send('reporterAarhus', 'GET', base(toKobenhavn))).status).toBe(404);
    expect((await send('reporterAarhus', 'GET', `${base(toKobenhavn)}/${attachment?.id}`)).status).toBe(404);
    const byMember = await send('reporterAarhus', 'POST', base(toAarhus), PDF, { 'file-name': 'a.pdf' });
    expect(byMember.status).toBe(403);
    expect(await partners.count('announcement_attachment', 'announcement_id = $1', [toAarhus.id])).toBe(0);
  });

  it('refuses a file of another type, a false type and a missing name, storing nothing', async () => {
    const exe = await send('coordinator', 'POST', base(toAarhus), EXE, { 'file-name': 'virus.exe' });
    expect(exe.status).toBe(415);
    const lying = await send('coordinator', 'POST', base(toAarhus), PDF, {
      'file-name': 'billede.png',
      'content-type': 'image/png',
    });
    expect(lying.status).toBe(415);
    const nameless = await send('coordinator', 'POST', base(toAarhus), PDF);
    expect(nameless.status).toBe(422);
    expect(pointers(json<Problem>(nameless))).toEqual(['/headers/file-name']);
    expect(await partners.count('announcement_attachment', 'announcement_id = $1', [toAarhus.id])).toBe(0);
  });
});
