import { spawnSync } from 'node:child_process';
import type { PersonalDataRecord } from '@samvirke/persistence';

export const SERVICES = ['partners', 'measurement', 'grants', 'notifications', 'feed'] as const;

export type ServiceRecord = PersonalDataRecord & { readonly service: string };

/** A service's declaration, from its compiled `main.js personal-data` (tools do not import apps). */
export function readServiceRecord(service: string, root = process.cwd()): ServiceRecord {
  const run = spawnSync(process.execPath, [`apps/${service}/dist/main.js`, 'personal-data'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'error' },
  });
  const line = run.stdout.split('\n').find((text) => text.startsWith('{"service"'));
  if (!line) throw new Error(`${service} personal-data printed nothing:\n${run.stderr}`);
  return JSON.parse(line) as ServiceRecord;
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The record of processing activities (GDPR art. 30) as Markdown, from the services' declarations. */
export function renderRecord(records: readonly ServiceRecord[]): string {
  const lines = [
    '# Record of processing activities (GDPR article 30)',
    '',
    '<!-- Written by `npm run privacy:record` from each service’s declaration (apps/<service>/src/personal-data.ts',
    '     and libs/persistence’s audit trail); tools/privacy/record-of-processing.e2e-spec.ts fails when it drifts. -->',
    '',
    'Controllers: the foundations and municipalities that run each programme; processor: the operator of',
    'Samvirke. What each service stores about people, why, on which legal basis, for how long and for whom.',
    'See docs/privacy.md for the audit trail, erasure and retention.',
  ];
  for (const record of records) {
    lines.push('', `## ${record.service}`, '');
    lines.push('| table | columns | whose | purpose | legal basis | kept | recipients |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- |');
    for (const item of record.personal) {
      lines.push(
        `| ${item.table} | ${item.columns.join(', ')} | ${cell(item.subjects)} | ${cell(item.purpose)} | ${cell(item.legalBasis)} | ${cell(item.retention)} | ${cell(item.recipients)} |`,
      );
    }
    const notPersonal = Object.entries(record.notPersonal);
    if (notPersonal.length) {
      lines.push('', 'Looks personal but is not:', '');
      for (const [column, why] of notPersonal) lines.push(`- \`${column}\`: ${why}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
