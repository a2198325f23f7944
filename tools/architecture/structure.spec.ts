import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingKey, structureFindings } from './structure.js';

const root = join(import.meta.dirname, '..', '..');

/**
 * The house rules a machine can check (tools/architecture/structure.ts). Findings that were there
 * when the rule came in are listed in structure-baseline.txt, to be worked off; the list may only
 * shrink. Anything new fails here, and so does a listed finding that has gone (take it off the list).
 */
describe('the structure of apps/ and libs/', () => {
  const baseline = new Set(
    readFileSync(join(import.meta.dirname, 'structure-baseline.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  );
  const found = [...new Set(structureFindings(root).map(findingKey))];

  it('has no finding that is not in the baseline', () => {
    expect(found.filter((finding) => !baseline.has(finding))).toEqual([]);
  });

  it('lists in the baseline only findings that are still there', () => {
    const current = new Set(found);
    expect([...baseline].filter((finding) => !current.has(finding))).toEqual([]);
  });
});
