/**
 * The notifications rows of the authorisation matrix (see authorisation-matrix.table.ts). Inboxes
 * and preferences are always the caller's own; webhook subscriptions belong to the integration
 * client that made them: own scope is the demo client's subscription, other scope the second
 * integration client's (Bikubenfonden's).
 */
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

export type NotificationsWorld = Readonly<Record<Scope, { readonly subscriptionId: string }>>;

function notifications(world: MatrixWorld): NotificationsWorld {
  if (!world.notifications) throw new Error('the matrix world has no notifications part');
  return world.notifications;
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

const EVERYONE = expectation([ALLOW, ALLOW], [ALLOW, ALLOW], [ALLOW, ALLOW]);
const ADMINS = expectation([ALLOW, ALLOW], [FORBID, FORBID], [FORBID, FORBID]);
/** Integration clients and platform admins (the webhooks controller's @Roles). */
const WEBHOOK_USERS = expectation([ALLOW, ALLOW], [ALLOW, ALLOW], [FORBID, FORBID]);
/** A subscription: its owning client and platform admins; another client's is not there for it. */
const SUBSCRIPTION_OWNER = expectation([ALLOW, ALLOW], [ALLOW, HIDE], [FORBID, FORBID]);
const NOBODY_HAS = '00000000-0000-4000-8000-000000000000';

const subscription = (world: MatrixWorld, scope: Scope) => ({
  id: notifications(world)[scope].subscriptionId,
});

export const NOTIFICATIONS_MATRIX: Readonly<Record<string, MatrixRow>> = {
  getKnownOrganisation: {
    request: (world, scope, caller) => ({
      params: { id: scope === 'own' ? caller.organisationId : world.organisations.aarhus },
    }),
    expect: ADMINS,
    allowed: [200],
  },
  listInbox: { request: () => ({}), expect: EVERYONE, allowed: [200] },
  countUnread: { request: () => ({}), expect: EVERYONE, allowed: [200] },
  markRead: {
    request: () => ({ params: { id: NOBODY_HAS } }),
    expect: EVERYONE,
    allowed: [404],
    allowedDetail: /in your inbox/,
  },
  markAllRead: { request: () => ({}), expect: EVERYONE, allowed: [200] },
  getPreferences: { request: () => ({}), expect: EVERYONE, allowed: [200] },
  updatePreferences: { request: () => ({ body: { language: 'da' } }), expect: EVERYONE, allowed: [200] },
  listDeliveries: { request: () => ({}), expect: ADMINS, allowed: [200] },
  replayEmail: {
    request: () => ({ params: { id: NOBODY_HAS } }),
    expect: ADMINS,
    allowed: [404],
    allowedDetail: /No e-mail delivery/,
  },
  replayEmailsSince: {
    request: () => ({ body: { since: new Date(Date.now() - 60_000).toISOString() } }),
    expect: ADMINS,
    allowed: [200],
  },
  previewTemplate: {
    request: () => ({ params: { name: 'grant-awarded' }, query: { language: 'da' } }),
    expect: ADMINS,
    allowed: [200],
  },
  createWebhookSubscription: {
    request: () => ({
      body: { url: 'http://127.0.0.1:9/matrix', eventTypes: ['dk.samvirke.public.grant.awarded.v1'] },
    }),
    // Only machine clients own subscriptions; platform admins oversee them but make none.
    expect: expectation([FORBID, FORBID], [ALLOW, ALLOW], [FORBID, FORBID]),
    allowed: [201],
  },
  listWebhookSubscriptions: { request: () => ({}), expect: WEBHOOK_USERS, allowed: [200] },
  getWebhookSubscription: {
    request: (world, scope) => ({ params: subscription(world, scope) }),
    expect: SUBSCRIPTION_OWNER,
    allowed: [200],
    hiddenDetail: /of yours/,
  },
  updateWebhookSubscription: {
    request: (world, scope) => ({ params: subscription(world, scope), body: { description: 'Matrix' } }),
    expect: SUBSCRIPTION_OWNER,
    allowed: [200],
    hiddenDetail: /of yours/,
  },
  rotateWebhookSecret: {
    request: (world, scope) => ({ params: subscription(world, scope), body: {} }),
    expect: SUBSCRIPTION_OWNER,
    allowed: [200],
    hiddenDetail: /of yours/,
  },
  listWebhookDeliveries: {
    request: (world, scope) => ({ params: subscription(world, scope) }),
    expect: SUBSCRIPTION_OWNER,
    allowed: [200],
    hiddenDetail: /of yours/,
  },
  listDeadLetters: { request: () => ({}), expect: WEBHOOK_USERS, allowed: [200] },
  replayDeadLetter: {
    request: () => ({ params: { id: NOBODY_HAS } }),
    expect: WEBHOOK_USERS,
    allowed: [404],
    allowedDetail: /No webhook delivery/,
  },
  replayDeadLettersSince: {
    request: () => ({ body: { since: new Date(Date.now() - 60_000).toISOString() } }),
    expect: WEBHOOK_USERS,
    allowed: [200],
  },
};
