/**
 * Creates the declared Kafka topics and the service principals' ACLs (libs/contracts
 * kafka-topology.ts) on the cluster in KAFKA_BROKERS, under KAFKA_TOPIC_PREFIX, as the principal in
 * KAFKA_SASL_* (the admin). infra/bin/infra-up runs it after starting Kafka; idempotent.
 */
import { createKafka, messagingConfigFromEnv, provisionKafka } from '@samvirke/messaging';

const config = messagingConfigFromEnv('kafka-provision');
const admin = createKafka(config, 'admin').admin();
await admin.connect();
try {
  await provisionKafka(admin, config);
  console.log(
    `Kafka topics and service ACLs in place on ${config.brokers.join(',')}` +
      (config.topicPrefix ? ` (prefix ${config.topicPrefix})` : ''),
  );
} finally {
  await admin.disconnect();
}
