import { KAFKA_PRINCIPALS, KAFKA_TOPICS, type KafkaPrincipal } from '@samvirke/contracts';

const DAY_MS = 24 * 3_600_000;

/** The declared topics as the Markdown table docs/operations.md shows between its markers. */
export function topicsTable(): string {
  const readers = (name: string): string[] =>
    Object.values(KAFKA_PRINCIPALS as Record<string, KafkaPrincipal>).flatMap((principal) =>
      Object.entries(principal.groups)
        .filter(([, topics]) => topics.includes(name))
        .map(([group]) => group),
    );
  const rows = KAFKA_TOPICS.map((topic) =>
    [
      `\`${topic.name}\``,
      topic.kind,
      topic.writer,
      readers(topic.name).join(', ') || '—',
      String(topic.partitions),
      `${topic.replicationFactor} / ${topic.minInsyncReplicas}`,
      topic.retentionMs < 0
        ? `last value per key, ${topic.cleanupPolicy}`
        : `${topic.retentionMs / DAY_MS} d, ${topic.cleanupPolicy}`,
    ].join(' | '),
  );
  return [
    '| topic | kind | written by | read by (consumer group) | partitions | replicas / min in sync | kept |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}
