// Resolves the real servers once per Jest run and hands their addresses to every worker.
// It loads libs/testing from dist/ (npm test builds it first), because Jest's global setup runs
// outside the ESM module mapping the test files get.
import { existsSync } from 'node:fs';

const compiled = new URL('../../libs/testing/dist/infrastructure.js', import.meta.url);

export default async function globalSetup() {
  if (!existsSync(compiled))
    throw new Error('dist/ is missing: run `npm run build` (npm test does it for you).');
  const { infrastructure } = await import(compiled.href);
  const infra = await infrastructure();
  process.env.PGHOST = infra.postgres.host;
  process.env.PGPORT = String(infra.postgres.port);
  process.env.PGUSER = infra.postgres.user;
  process.env.KAFKA_BROKERS = infra.kafkaBrokers.join(',');
  process.env.KEYCLOAK_URL = infra.keycloakUrl;
  // Grants' report attachments: the S3 API of S3Mock (any access key; S3_REGION and the keys keep
  // grants' defaults unless set).
  process.env.S3_ENDPOINT = infra.objectStorage.endpoint;
  process.env.S3_BUCKET = infra.objectStorage.bucket;
  // Every suite creates its own prefixed copy of the topics on the one test broker: 3 partitions
  // each instead of the declared 12 (libs/contracts kafka-topology.ts) keep that broker small.
  process.env.KAFKA_TOPIC_PARTITIONS ??= '3';
  // The brokers require SASL/SCRAM (infra/bin/infra-up): the tests themselves are the admin
  // principal; every service they start gets its own principal (libs/testing kafka-credentials.ts).
  // KAFKA_SASL_MECHANISM=none talks to a broker without SASL.
  if (!process.env.KAFKA_SASL_MECHANISM) {
    process.env.KAFKA_SASL_MECHANISM = 'scram-sha-512';
    process.env.KAFKA_SASL_USERNAME = 'samvirke-admin';
    process.env.KAFKA_SASL_PASSWORD = process.env.KAFKA_ADMIN_PASSWORD ?? 'samvirke-admin-dev-secret'; // dev value
  }
  globalThis.__samvirkeInfra = infra;
}
