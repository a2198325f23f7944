import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GenericContainer,
  Network,
  Wait,
  type StartedNetwork,
  type StartedTestContainer,
} from 'testcontainers';
import type { Infrastructure } from './infrastructure.js';
import { repoRoot } from './repo-root.js';

/** The platform's realm and the demo identity providers it brokers (infra-up imports the same). */
const REALMS = ['samvirke', 'kommune-idp', 'aarhus-entra'];
/** The realm's login theme, installed as infra-up installs it. */
const THEMES = join(repoRoot(), 'infra/keycloak/themes');
const DATABASES = [
  'samvirke_partners',
  'samvirke_measurement',
  'samvirke_grants',
  'samvirke_notifications',
  'samvirke_feed',
];

/**
 * The Docker path: the same servers docker-compose.yml describes (S3Mock among them), started for one test run.
 * Kafka advertises the mapped port so clients on the host can reach it. Keycloak is started with
 * hostname 127.0.0.1:<mapped port> so its token issuer matches the URL the tests use.
 */
export async function startContainers(env: NodeJS.ProcessEnv): Promise<Infrastructure> {
  const network = await new Network().start();
  const postgres = await startPostgres(network);
  const kafkaPort = 19092 + Math.floor(Math.random() * 1000);
  const kafka = await startKafka(kafkaPort);
  const keycloakPort = 18080 + Math.floor(Math.random() * 1000);
  const keycloak = await startKeycloak(network, keycloakPort, env);
  const s3mock = await startS3Mock();
  return {
    postgres: { host: postgres.getHost(), port: postgres.getMappedPort(5432), user: 'postgres' },
    kafkaBrokers: [`127.0.0.1:${kafkaPort}`],
    keycloakUrl: `http://127.0.0.1:${keycloakPort}`,
    objectStorage: { endpoint: `http://127.0.0.1:${s3mock.getMappedPort(9090)}`, bucket: S3_BUCKET },
    stop: async () => {
      await Promise.allSettled([keycloak.stop(), kafka.stop(), s3mock.stop()]);
      await postgres.stop();
      await network.stop();
    },
  };
}

const S3_BUCKET = 'samvirke-attachments';

/** Object storage for grants' report attachments, as infra-up runs it from the jar. */
function startS3Mock(): Promise<StartedTestContainer> {
  return new GenericContainer('adobe/s3mock:4.12.4')
    .withEnvironment({ COM_ADOBE_TESTING_S3MOCK_STORE_INITIAL_BUCKETS: S3_BUCKET })
    .withExposedPorts(9090)
    .withWaitStrategy(Wait.forLogMessage(/Started S3MockApplication/))
    .start();
}

async function startPostgres(network: StartedNetwork): Promise<StartedTestContainer> {
  const postgres = await new GenericContainer('postgres:15')
    .withNetwork(network)
    .withNetworkAliases('postgres')
    .withEnvironment({ POSTGRES_HOST_AUTH_METHOD: 'trust', POSTGRES_DB: 'keycloak' })
    .withExposedPorts(5432)
    .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
    .start();
  for (const database of DATABASES) {
    await postgres.exec(['psql', '-U', 'postgres', '-c', `CREATE DATABASE ${database}`]);
  }
  return postgres;
}

function startKafka(kafkaPort: number): Promise<StartedTestContainer> {
  return new GenericContainer('apache/kafka:4.1.1')
    .withExposedPorts({ container: 9092, host: kafkaPort })
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://127.0.0.1:${kafkaPort}`,
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
    })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .start();
}

function startKeycloak(
  network: StartedNetwork,
  port: number,
  env: NodeJS.ProcessEnv,
): Promise<StartedTestContainer> {
  return new GenericContainer('quay.io/keycloak/keycloak:26.5.6')
    .withNetwork(network)
    .withExposedPorts({ container: 8080, host: port })
    .withCopyContentToContainer([
      ...REALMS.map((realm) => ({
        // The realms name each other's endpoints at 127.0.0.1:8080, as infra-up serves them.
        content: readFileSync(join(repoRoot(), `infra/keycloak/${realm}-realm.json`), 'utf8').replaceAll(
          'http://127.0.0.1:8080/',
          `http://127.0.0.1:${port}/`,
        ),
        target: `/opt/keycloak/data/import/${realm}-realm.json`,
      })),
    ])
    .withCopyDirectoriesToContainer([{ source: THEMES, target: '/opt/keycloak/themes' }])
    .withEnvironment({
      KC_BOOTSTRAP_ADMIN_USERNAME: 'admin',
      KC_BOOTSTRAP_ADMIN_PASSWORD: env['KEYCLOAK_ADMIN_PASSWORD'] ?? 'admin',
      KC_DB: 'postgres',
      KC_DB_URL: 'jdbc:postgresql://postgres:5432/keycloak',
      KC_DB_USERNAME: 'postgres',
      KC_HOSTNAME: `http://127.0.0.1:${port}`,
    })
    .withCommand(['start-dev', '--import-realm', '--health-enabled=true'])
    .withWaitStrategy(
      Wait.forHttp('/realms/samvirke/.well-known/openid-configuration', 8080).forStatusCode(200),
    )
    .withStartupTimeout(240_000)
    .start();
}
