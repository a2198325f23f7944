/**
 * Writes the JSON Schema of every registered event to libs/contracts/schemas/<type>.json.
 * Those files are the published contracts: the contract tests fail when code and file differ, and
 * refuse any change old consumers could not read (that needs a new version instead).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { EVENT_REGISTRY, eventDataJsonSchema } from '@samvirke/contracts';

const directory = new URL('../../../libs/contracts/schemas/', import.meta.url);
mkdirSync(directory, { recursive: true });
for (const definition of EVENT_REGISTRY) {
  const file = new URL(`${definition.type}.json`, directory);
  writeFileSync(file, JSON.stringify(eventDataJsonSchema(definition), null, 2) + '\n');
  console.log(`wrote ${definition.type}.json`);
}
