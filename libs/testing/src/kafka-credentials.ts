import { Kafka, logLevel, type KafkaConfig } from 'kafkajs';
import { KAFKA_PRINCIPALS, type KafkaPrincipalName } from '@samvirke/contracts';
import {
  devKafkaCredentials,
  kafkaSecurityFromEnv,
  kafkaSecurityOptions,
  provisionKafka,
} from '@samvirke/messaging';

/**
 * A raw kafkajs client for tests, authenticated as the environment says (KAFKA_SASL_*: the admin
 * principal in a test run, see tools/test/jest-global-setup.mjs).
 */
export function testKafka(brokers: string[], options: Partial<KafkaConfig> = {}): Kafka {
  return new Kafka({
    brokers,
    logLevel: logLevel.NOTHING,
    ...kafkaSecurityOptions(kafkaSecurityFromEnv()),
    ...options,
  });
}

const provisioned = new Map<string, Promise<void>>();

/**
 * The environment a service under test gets: its own Kafka principal (SASL/SCRAM with its
 * development password) instead of the test run's admin, once the declared topics and the
 * services' ACLs exist under the suite's topic prefix (created with the admin, once per prefix).
 * Nothing changes when the test run has no Kafka credentials (a broker without SASL).
 */
export async function serviceKafkaEnv(name: string, env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const merged = { ...process.env, ...env };
  if (
    !(name in KAFKA_PRINCIPALS) ||
    !merged['KAFKA_SASL_USERNAME'] ||
    merged['KAFKA_SASL_USERNAME'] !== admin(merged)
  )
    return env;
  const brokers = (merged['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
  const topicPrefix = merged['KAFKA_TOPIC_PREFIX'] ?? '';
  const partitions = merged['KAFKA_TOPIC_PARTITIONS'];
  const key = `${brokers.join(',')}|${topicPrefix}`;
  let done = provisioned.get(key);
  if (!done) {
    done = (async () => {
      const client = testKafka(brokers, { clientId: 'samvirke-test-provision' }).admin();
      await client.connect();
      try {
        await provisionKafka(client, {
          topicPrefix,
          ...(partitions ? { topicPartitions: Number(partitions) } : {}),
        });
      } finally {
        await client.disconnect();
      }
    })();
    provisioned.set(key, done);
    done.catch(() => provisioned.delete(key));
  }
  await done;
  // The feed creates the integrations' ACLs with the admin, as in development (tools/platform/start.sh).
  const aclAdmin =
    name === 'feed'
      ? {
          FEED_KAFKA_ACL_USERNAME: merged['KAFKA_SASL_USERNAME'],
          FEED_KAFKA_ACL_PASSWORD: merged['KAFKA_SASL_PASSWORD'],
        }
      : {};
  return { ...env, ...devKafkaCredentials(name as KafkaPrincipalName), ...aclAdmin };
}

/** The admin principal's user name (only the admin provisions; a run as a service changes nothing). */
function admin(env: NodeJS.ProcessEnv): string {
  return env['KAFKA_ADMIN_USER'] ?? 'samvirke-admin';
}
