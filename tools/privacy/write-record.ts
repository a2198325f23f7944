import { writeFileSync } from 'node:fs';
import { readServiceRecord, renderRecord, SERVICES } from './record-of-processing.js';

/** `npm run privacy:record`: rewrites docs/record-of-processing.md from the built services. */
writeFileSync(
  'docs/record-of-processing.md',
  renderRecord(SERVICES.map((service) => readServiceRecord(service))),
);
process.stdout.write('wrote docs/record-of-processing.md\n');
