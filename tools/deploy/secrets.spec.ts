import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KAFKA_CA_SECRET } from './catalogue.js';
import { renderSize } from './manifests.js';
import { repoRoot } from './model.js';
import { EXAMPLE_SITE, SIZES } from './sizes.js';

/** Secret names an object refers to, wherever the operators and Kubernetes expect them. */
function referencedSecrets(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => referencedSecrets(item));
  if (value === null || typeof value !== 'object') {
    // A realm client's `secret` is a placeholder the operator fills (`${…}`), not a Secret's name.
    const name =
      ['tlsSecret', 'secret'].includes(key) && typeof value === 'string' && !value.startsWith('${');
    return name ? [value] : [];
  }
  const record = value as Record<string, unknown>;
  const named =
    /secret(KeyRef)?$|Secret$|^accessKeyId$|^secretAccessKey$/.test(key) &&
    typeof record['name'] === 'string';
  return [
    ...(named ? [record['name'] as string] : []),
    ...Object.entries(record).flatMap(([child, item]) => referencedSecrets(item, child)),
  ];
}

describe('secrets in the rendered deployment', () => {
  const objects = SIZES.flatMap((size) => Object.values(renderSize(size, EXAMPLE_SITE)).flat());
  const names = [...new Set(objects.flatMap((item) => referencedSecrets(item)))].sort();
  const guide = readFileSync(join(repoRoot(), 'docs', 'deploy.md'), 'utf8');

  it('are referenced, never written', () => {
    expect(objects.filter((item) => item.kind === 'Secret')).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining(['samvirke-db-partners', 'samvirke-webhook-key', 'samvirke-backup-s3']),
    );
  });

  it('are each created in docs/deploy.md before anything needs them', () => {
    const step = guide.slice(guide.indexOf('**1. Secrets.**'), guide.indexOf('**2. Kafka and PostgreSQL**'));
    // Literally, or by the loops over services and clients (`samvirke-db-$svc`, `samvirke-client-$client`).
    const loops = { 'samvirke-db-': 'samvirke-db-$svc', 'samvirke-client-': 'samvirke-client-$client' };
    const created = (name: string) =>
      step.includes(name) ||
      Object.entries(loops).some(
        ([prefix, loop]) =>
          name.startsWith(prefix) && step.includes(loop) && step.includes(` ${name.slice(prefix.length)}`),
      );
    // Strimzi writes a KafkaUser's password under the user's name and the cluster CA's certificate.
    const byStrimzi = new Set([
      ...objects.filter((item) => item.kind === 'KafkaUser').map((item) => item.metadata.name),
      KAFKA_CA_SECRET,
    ]);
    expect(names.filter((name) => !created(name) && !byStrimzi.has(name))).toEqual([]);
  });
});
