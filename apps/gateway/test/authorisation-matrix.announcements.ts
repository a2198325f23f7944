/** The authorisation matrix's rows for announcements (partners). */
import {
  ALLOW,
  FORBID,
  HIDE,
  type Expectation,
  type MatrixRow,
  type MatrixWorld,
  type Scope,
  type Verdict,
} from './authorisation-matrix.types.js';

const NOBODY_WROTE = '00000000-0000-4000-8000-00000000a770';

type Pair = readonly [Verdict, Verdict];

/** Platform admins see every programme; the managers' roles and everyone else's as given. */
function pattern(rest: Pair, managers: Pair): Expectation {
  return {
    'platform-admin': [ALLOW, ALLOW],
    'foundation-officer': managers,
    'backbone-coordinator': managers,
    reporter: rest,
    'partner-member': rest,
    integration: rest,
  };
}

/** Read by the programme's members (those it went to), hidden from everyone else. */
export const READERS = pattern([ALLOW, HIDE], [ALLOW, HIDE]);
/** Written, and its receipts read, by the funders' officers, the backbone's coordinators and admins. */
export const MANAGERS = pattern([FORBID, HIDE], [ALLOW, HIDE]);

const programme = (world: MatrixWorld, scope: Scope) => ({ programmeId: world.programme[scope].id });
const unknown = (world: MatrixWorld, scope: Scope) => ({
  params: { ...programme(world, scope), announcementId: NOBODY_WROTE },
});

export const ANNOUNCEMENTS_MATRIX: Readonly<Record<string, MatrixRow>> = {
  listAnnouncements: {
    request: (world, scope) => ({ params: programme(world, scope) }),
    expect: READERS,
    allowed: [200],
  },
  createAnnouncement: {
    request: (world, scope) => ({
      params: programme(world, scope),
      body: { title: 'Matrixopslag', body: `Til alle medlemmer ${world.unique()}` },
    }),
    expect: MANAGERS,
    allowed: [201],
  },
  getAnnouncement: {
    request: unknown,
    expect: READERS,
    allowed: [404],
    allowedDetail: /No announcement/,
  },
  markAnnouncementRead: {
    request: unknown,
    expect: READERS,
    allowed: [404],
    allowedDetail: /No announcement/,
  },
  getAnnouncementReceipts: {
    request: unknown,
    expect: MANAGERS,
    allowed: [404],
    allowedDetail: /No announcement/,
  },
  listAnnouncementAttachments: {
    request: unknown,
    expect: READERS,
    allowed: [404],
    allowedDetail: /No announcement/,
  },
  addAnnouncementAttachment: {
    request: (world, scope) => ({
      ...unknown(world, scope),
      text: { contentType: 'application/pdf', body: '%PDF-1.7 matrix' },
    }),
    expect: MANAGERS,
    allowed: [404],
    allowedDetail: /No announcement/,
  },
  downloadAnnouncementAttachment: {
    request: (world, scope) => ({
      params: { ...unknown(world, scope).params, attachmentId: NOBODY_WROTE },
    }),
    expect: READERS,
    allowed: [404],
    allowedDetail: /No announcement/,
  },
};
