import { readFileSync } from 'node:fs';
import { topicsTable } from './topics-table.js';

/** A Markdown table as its cells, whatever padding Prettier gave it. */
const cells = (table: string | undefined): string[][] =>
  (table ?? '').split('\n').map((line) => line.split('|').map((cell) => cell.trim().replace(/^-+$/, '---')));

describe("the operators' table of Kafka topics", () => {
  it('in docs/operations.md is the one the declaration makes (node dist/tools/kafka/print-topics.js)', () => {
    const doc = readFileSync(new URL('../../docs/operations.md', import.meta.url), 'utf8');
    const between = /<!-- topics:begin -->\s*([\s\S]*?)\s*<!-- topics:end -->/.exec(doc)?.[1];
    expect(cells(between)).toEqual(cells(topicsTable()));
  });
});
