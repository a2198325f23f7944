import { parse } from 'csv-parse/sync';
import { CSV_PARSE_OPTIONS, detectDelimiter, readCsvTable } from './csv-table.js';

/** A small seeded generator, so a failure names the input that reproduces it. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = [
  'a',
  'IND-1',
  'kvinder',
  '12',
  '1.234,5',
  'æøå',
  ' ',
  '\t',
  '\u00a0',
  ';',
  ',',
  '\n',
  '\r\n',
  '\r',
  '',
];

function quoteFreeText(next: () => number): string {
  const length = Math.floor(next() * 40);
  let text = next() < 0.2 ? '\uFEFF' : '';
  for (let index = 0; index < length; index += 1) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

describe('readCsvTable without quotes', () => {
  it('reads every quote-free file to the same records as csv-parse does', () => {
    const next = random(20261206);
    for (let run = 0; run < 5_000; run += 1) {
      const text = quoteFreeText(next);
      const delimiter = detectDelimiter(text.replace(/^\uFEFF/, ''));
      const records: string[][] = parse(text, { ...CSV_PARSE_OPTIONS, delimiter });
      const [header = [], ...rows] = records;
      expect({ text, table: readCsvTable(text).table }).toEqual({ text, table: { delimiter, header, rows } });
    }
  });

  it('keeps blank rows in place so that row numbers match the spreadsheet', () => {
    const { table } = readCsvTable('indikator;opdeling;værdi\r\nA;;1\r\n\r\nB;; 2 \r\n');
    expect(table.rows).toEqual([['A', '', '1'], [''], ['B', '', '2']]);
  });

  it('reads an empty file as no header and no rows', () => {
    expect(readCsvTable('').table).toEqual({ delimiter: ',', header: [], rows: [] });
  });
});
