import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HTTP_APIS } from '@samvirke/contracts';
import type { Role } from '@samvirke/auth';
import {
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  clientToken,
  dropSchema,
  migrateService,
  startService,
  uniqueSuiteId,
  userToken,
  type RunningService,
} from '@samvirke/testing';
import { buildConsentWorld } from './authorisation-matrix.consent.js';
import type { Caller, MatrixWorld } from './authorisation-matrix.table.js';
import {
  buildFeedWorld,
  buildGrantsWorld,
  buildNotificationsWorld,
  buildWorld,
} from './authorisation-matrix.worlds.js';

/** One caller per role: a demo user (or the demo machine client) and its organisation. */
export const CALLERS: readonly (Caller & { token: () => Promise<string> })[] = [
  { role: 'platform-admin', user: DEMO_USERS.admin },
  { role: 'foundation-officer', user: DEMO_USERS.helsefonden },
  { role: 'backbone-coordinator', user: DEMO_USERS.coordinator },
  { role: 'reporter', user: DEMO_USERS.reporterKobenhavn },
  { role: 'partner-member', user: DEMO_USERS.member },
].map(({ role, user }) => ({
  role: role as Role,
  organisationId: user.organisation.id,
  token: () => userToken(user.username),
}));

export const INTEGRATION_CALLER = {
  role: 'integration' as Role,
  organisationId: DEMO_ORGANISATIONS.helsefonden.id,
  token: () => clientToken(),
};

export interface MatrixStack {
  readonly gateway: RunningService;
  readonly world: MatrixWorld;
  stop(): Promise<void>;
}

/**
 * The services behind every API list (the feed among them), each as its own process in this
 * suite's schema and topics, and the gateway in front of them.
 */
export async function startMatrixStack(): Promise<MatrixStack> {
  const suite = uniqueSuiteId('authz');
  const env = {
    DATABASE_SCHEMA: suite,
    KAFKA_TOPIC_PREFIX: `${suite}.`,
    OUTBOX_POLL_INTERVAL_MS: '200',
    // The matrix's webhook subscriptions point at this machine.
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    // The feed's Kafka ACLs need a broker with an authorizer; this suite's broker has none.
    FEED_KAFKA_CLIENTS: '',
  };
  const names = [...new Set(HTTP_APIS.map((api) => api.name))].filter((name) =>
    existsSync(join('apps', name, 'dist', 'main.js')),
  );
  await Promise.all(names.map((name) => migrateService(name, env)));
  const services = await Promise.all(
    names.map((name) => startService(name, `${name.toUpperCase()}_PORT`, env)),
  );
  const gateway = await startService('gateway', 'GATEWAY_PORT', {
    ...env,
    ...Object.fromEntries(services.map((service) => [`${service.name.toUpperCase()}_URL`, service.url])),
  });
  const stop = async (): Promise<void> => {
    await Promise.all([gateway, ...services].map((service) => service.stop()));
    await dropSchema(
      suite,
      names.map((name) => `samvirke_${name}`),
    );
  };
  try {
    const world = await buildWorld(gateway.url);
    return {
      gateway,
      world: {
        ...world,
        ...(names.includes('grants')
          ? {
              grants: await buildGrantsWorld(gateway.url, world),
              consent: await buildConsentWorld(gateway.url, world.programme.own.id),
            }
          : {}),
        ...(names.includes('notifications')
          ? { notifications: await buildNotificationsWorld(gateway.url) }
          : {}),
        ...(names.includes('feed') ? { feed: await buildFeedWorld(gateway.url, world) } : {}),
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
