/**
 * The feed rows of the authorisation matrix (see authorisation-matrix.table.ts). The feed service
 * (FEED_API): reading it and its server-sent event stream is for integration
 * clients and platform admins; own scope is the own programme, granted to the demo integration
 * client, other scope the other programme, granted to no one that reads here, so a programme
 * filter naming it is refused. Managing grants is for platform admins.
 */
import {
  ALLOW,
  FORBID,
  type Expectation,
  type MatrixRow,
  type MatrixWorld,
  type Scope,
  type Verdict,
} from './authorisation-matrix.types.js';

export interface FeedWorld {
  /** The integration client the own programme was granted to (the demo client). */
  readonly clientId: string;
  /** A second integration client: grants rows grant and revoke its programmes. */
  readonly otherClientId: string;
}

function feed(world: MatrixWorld): FeedWorld {
  if (!world.feed) throw new Error('the matrix world has no feed part (is the feed service built?)');
  return world.feed;
}

function expectation(
  admin: readonly [Verdict, Verdict],
  integration: readonly [Verdict, Verdict],
  rest: readonly [Verdict, Verdict],
): Expectation {
  return {
    'platform-admin': admin,
    'foundation-officer': rest,
    'backbone-coordinator': rest,
    reporter: rest,
    'partner-member': rest,
    integration,
  };
}

/** Integration clients read the programmes granted to them; platform admins read every programme. */
const FEED_READERS = expectation([ALLOW, ALLOW], [ALLOW, FORBID], [FORBID, FORBID]);
const ADMINS = expectation([ALLOW, ALLOW], [FORBID, FORBID], [FORBID, FORBID]);

const programmeFilter = (world: MatrixWorld, scope: Scope) => {
  feed(world);
  return { programme: world.programme[scope].id };
};

export const FEED_MATRIX: Readonly<Record<string, MatrixRow>> = {
  readFeed: {
    request: (world, scope) => ({ query: { ...programmeFilter(world, scope), limit: '1' } }),
    expect: FEED_READERS,
    allowed: [200],
  },
  streamFeed: {
    // Server-sent events: the matrix stops reading once the headers are there.
    request: (world, scope) => ({ query: programmeFilter(world, scope) }),
    expect: FEED_READERS,
    allowed: [200],
  },
  listFeedGrants: {
    request: (world) => ({ query: { clientId: feed(world).clientId } }),
    expect: ADMINS,
    allowed: [200],
  },
  grantFeedProgramme: {
    // Own: the demo client's grant again (idempotent); other: the other programme to the second client.
    request: (world, scope) => ({
      params: {
        clientId: scope === 'own' ? feed(world).clientId : feed(world).otherClientId,
        programmeId: world.programme[scope].id,
      },
    }),
    expect: ADMINS,
    allowed: [200],
  },
  revokeFeedProgramme: {
    // The second client never had the own programme (404) and was granted the other one above (204).
    request: (world, scope) => ({
      params: { clientId: feed(world).otherClientId, programmeId: world.programme[scope].id },
    }),
    expect: ADMINS,
    allowed: [204, 404],
    allowedDetail: /has no grant/,
  },
};
