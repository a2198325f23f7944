import type { TopicDeclaration } from './kafka-topology.js';
import { PERSON_KEYS_TOPIC } from './topics.js';

const HOUR_MS = 60 * 60 * 1_000;
const DAY_MS = 24 * HOUR_MS;

/** Notifications' consumer group of the person-keys topic. */
export const PERSON_KEYS_GROUP = 'notifications-person-keys';

/**
 * People's data keys (crypto-shredding), compacted: a key's record is superseded by its tombstone
 * when the person is erased. Segments roll at least hourly and the cleaner must compact within an
 * hour (max.compaction.lag.ms), so an erased key's record is physically gone from the log within
 * about two hours; the tombstone itself is kept a day (delete.retention.ms) so that a consumer that
 * was down still sees it. Read only by notifications (ACLs from KAFKA_PRINCIPALS).
 */
export const PERSON_KEYS: TopicDeclaration = {
  partitions: 12,
  replicationFactor: 3,
  minInsyncReplicas: 2,
  name: PERSON_KEYS_TOPIC,
  kind: 'keys',
  writer: 'partners',
  purpose:
    "people's data keys for the encrypted personal fields of partners' events; compacted, tombstone on erasure",
  cleanupPolicy: 'compact',
  retentionMs: -1,
  configs: {
    'segment.ms': String(HOUR_MS),
    'min.compaction.lag.ms': '0',
    'max.compaction.lag.ms': String(HOUR_MS),
    'min.cleanable.dirty.ratio': '0.01',
    'delete.retention.ms': String(DAY_MS),
  },
};
