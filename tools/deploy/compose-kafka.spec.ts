import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  KAFKA_ADMIN_USER,
  KAFKA_PRINCIPALS,
  kafkaUserName,
  type KafkaPrincipalName,
} from '@samvirke/contracts';
import { devKafkaPassword } from '@samvirke/messaging';
import { SERVICES } from './catalogue.js';
import { repoRoot } from './model.js';

/**
 * docker-compose.yml runs Kafka as infra-up does (there is no Docker engine to try it with here):
 * SASL/SCRAM on the internal listener with one user per declared principal, the topics and ACLs
 * created from the declaration before any service starts, and every service with a principal
 * connecting as it. infra/docker/kafka-start.sh, the Kafka container's entry, is run with stand-ins
 * for Kafka's own scripts to see what it configures and formats.
 */
interface ComposeService {
  environment?: Record<string, string | number>;
  entrypoint?: string[];
  command?: string[];
  volumes?: string[];
  network_mode?: string;
  depends_on?: Record<string, { condition: string }>;
}
const root = repoRoot();
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const env = (name: string) =>
  Object.fromEntries(
    Object.entries(compose.services[name]?.environment ?? {}).map(([key, value]) => [key, String(value)]),
  );
const principals = Object.keys(KAFKA_PRINCIPALS) as KafkaPrincipalName[];
const adminPassword = env('kafka')['KAFKA_ADMIN_PASSWORD'];

describe('docker-compose.yml: Kafka with service identities', () => {
  it.each(SERVICES.map((service) => [service.name] as const))(
    '%s connects as its own principal, or not to Kafka at all',
    (name) => {
      const values = env(name);
      if (!(principals as string[]).includes(name)) {
        expect(Object.keys(values).filter((key) => key.startsWith('KAFKA_SASL'))).toEqual([]);
        return;
      }
      const user = kafkaUserName(name as KafkaPrincipalName);
      expect(values).toMatchObject({
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: user,
        KAFKA_SASL_PASSWORD: devKafkaPassword(user),
      });
      // Its topics and ACLs exist before it starts.
      expect(compose.services[name]?.depends_on?.['kafka-provision']).toEqual({
        condition: 'service_completed_successfully',
      });
    },
  );

  it('gives every declared principal a service, and the feed the admin for the integrations’ ACLs', () => {
    for (const principal of principals) expect(compose.services[principal]).toBeDefined();
    expect(env('feed')).toMatchObject({
      FEED_KAFKA_ACL_USERNAME: KAFKA_ADMIN_USER,
      FEED_KAFKA_ACL_PASSWORD: adminPassword,
    });
  });

  it('creates the declared topics and ACLs as the admin once Kafka answers', () => {
    const provision = compose.services['kafka-provision'];
    expect(env('kafka-provision')).toMatchObject({
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: KAFKA_ADMIN_USER,
      KAFKA_SASL_PASSWORD: adminPassword,
      KAFKA_BROKERS: env('partners')['KAFKA_BROKERS'],
    });
    expect(provision?.command?.join(' ')).toContain('provisionKafka(admin, config)');
    expect(provision?.depends_on?.['kafka']).toEqual({ condition: 'service_healthy' });
  });

  it('starts Kafka with infra/docker/kafka-start.sh on the host network, the infra folder mounted', () => {
    const kafka = compose.services['kafka'];
    expect(kafka?.network_mode).toBe('host');
    expect(kafka?.entrypoint).toEqual(['/bin/bash', '/samvirke/infra/docker/kafka-start.sh']);
    expect(kafka?.volumes).toContain('./infra:/samvirke/infra:ro');
  });
});

describe('infra/docker/kafka-start.sh', () => {
  const work = mkdtempSync(join(tmpdir(), 'samvirke-compose-kafka-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Runs the script with stand-ins for kafka-storage.sh and kafka-server-start.sh that log their arguments. */
  function run(): { properties: string; calls: string[] } {
    const bin = join(work, 'bin');
    mkdirSync(bin, { recursive: true });
    for (const tool of ['kafka-storage.sh', 'kafka-server-start.sh']) {
      const stub = join(bin, tool);
      writeFileSync(
        stub,
        `#!/usr/bin/env bash\nprintf '%s\\n' "${tool} $*" >>"${work}/calls"\necho stub-uuid\n`,
      );
      chmodSync(stub, 0o755);
    }
    const values = env('kafka');
    execFileSync('bash', [join(root, 'infra/docker/kafka-start.sh')], {
      env: { PATH: process.env['PATH'], ...values, KAFKA_HOME: work, KAFKA_DATA: join(work, 'data') },
    });
    return {
      properties: readFileSync(join(work, 'data/server.properties'), 'utf8'),
      calls: readFileSync(join(work, 'calls'), 'utf8').trim().split('\n'),
    };
  }

  it('renders the development templates: SASL/SCRAM inside, the admin the only super user, ACLs on', () => {
    const { properties, calls } = run();
    expect(properties).not.toMatch(/@[A-Z_]+@/);
    const port = new URL(`kafka://${env('partners')['KAFKA_BROKERS']}`).port;
    expect(properties).toContain(`listeners=INTERNAL://127.0.0.1:${port},`);
    expect(properties).toContain('listener.security.protocol.map=INTERNAL:SASL_PLAINTEXT');
    expect(properties).toContain(`super.users=User:${KAFKA_ADMIN_USER}\n`);
    expect(properties).toContain('allow.everyone.if.no.acl.found=false');
    expect(properties).toContain(`password="${adminPassword}"`);
    expect(properties).toContain('sasl.oauthbearer.expected.issuer=http://127.0.0.1:8080/realms/samvirke');
    expect(calls.at(-1)).toBe(`kafka-server-start.sh ${join(work, 'data/server.properties')}`);
  });

  it('formats the storage with a SCRAM user per declared principal and the admin', () => {
    const format = run().calls.find((call) => call.startsWith('kafka-storage.sh format'));
    const users = [...(format ?? '').matchAll(/name=([^,]+),iterations=4096,password=([^\]]+)\]/g)];
    const expected = [KAFKA_ADMIN_USER, ...principals.map(kafkaUserName)].map((user) => [
      user,
      user === KAFKA_ADMIN_USER ? adminPassword : devKafkaPassword(user),
    ]);
    expect(users.map(([, user, password]) => [user, password])).toEqual(expected);
    expect(format).toContain('--standalone');
  });
});
