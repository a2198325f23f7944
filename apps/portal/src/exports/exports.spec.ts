import { parseNumber, readCsvTable } from '@samvirke/csv';
import { progressFixture } from '../../test/progress-fixture.js';
import { readSheet, unzipStored } from '../../test/export-readers.js';
import { danishNumber, safeFileName, toDanishCsv, type ExportTable } from './export-table.js';
import { dataQualityTable, indicatorsTable, organisationsTable } from './progress-export.js';
import { columnName, sheetName, toXlsx } from './xlsx.js';
import { crc32 } from './zip.js';

const da = (danish: string) => danish;
const en = (_: string, english: string) => english;

const table: ExportTable = {
  columns: ['Organisation', 'Værdi', 'Note'],
  rows: [
    ['Københavns Kommune', 1250.5, 'én skole; "Ørestad"\r\nmangler'],
    ['=HYPERLINK("x")', -3, null],
    ['Aarhus', '<5', 'undertrykt'],
  ],
};

describe('Danish Excel CSV', () => {
  it('writes BOM, semicolons, decimal comma, CRLF and quotes as Excel does', () => {
    const csv = toDanishCsv(table);
    expect(csv.startsWith('\uFEFFOrganisation;Værdi;Note\r\n')).toBe(true);
    expect(csv).toContain('Københavns Kommune;1250,5;"én skole; ""Ørestad""\r\nmangler"\r\n');
    expect(csv.endsWith('Aarhus;<5;undertrykt\r\n')).toBe(true);
  });

  it('reads back with the project’s own CSV reader to the same cells and numbers', () => {
    const { table: read, error } = readCsvTable(toDanishCsv(table));
    expect(error).toBeUndefined();
    expect(read.delimiter).toBe(';');
    expect(read.rows[0]?.[2]).toBe('én skole; "Ørestad"\r\nmangler');
    expect(parseNumber(read.rows[0]?.[1] ?? '', ';')).toBe(1250.5);
    expect(parseNumber(read.rows[1]?.[1] ?? '', ';')).toBe(-3);
    expect(read.rows[2]).toEqual(['Aarhus', '<5', 'undertrykt']);
  });

  it('keeps a text that Excel would run as a formula as text', () => {
    expect(toDanishCsv(table)).toContain(`"'=HYPERLINK(""x"")";-3;\r\n`);
  });

  it('writes numbers without thousands separators and with the hyphen minus', () => {
    expect(danishNumber(1234567.25)).toBe('1234567,25');
    expect(danishNumber(-0.5)).toBe('-0,5');
    expect(danishNumber(Number.NaN)).toBe('');
  });

  it('names files safely', () => {
    expect(safeFileName('Bryd den negative sociale arv/fremdrift: 2026?')).toBe(
      'Bryd-den-negative-sociale-arv-fremdrift-2026',
    );
    expect(safeFileName('...')).toBe('samvirke');
  });
});

describe('XLSX', () => {
  it('computes the zip CRC-32 of the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('names columns past Z as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('holds the parts of a workbook and reads back to the same numbers and texts', () => {
    const bytes = toXlsx(table, 'Fremdrift: 2026/Q2 [alle]');
    const parts = unzipStored(bytes);
    expect([...parts.keys()]).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
      ]),
    );
    expect(parts.get('xl/workbook.xml')).toContain('name="Fremdrift  2026 Q2  alle"');
    const cells = readSheet(bytes);
    expect(cells.get('A1')).toBe('Organisation');
    expect(cells.get('B2')).toBe(1250.5);
    expect(cells.get('C2')).toBe('én skole; "Ørestad"\nmangler');
    // A string cell is never a formula in a workbook: kept as written.
    expect(cells.get('A3')).toBe('=HYPERLINK("x")');
    expect(cells.get('B3')).toBe(-3);
    expect(cells.has('C3')).toBe(false);
    expect(cells.get('B4')).toBe('<5');
  });

  it('cuts sheet names to what Excel allows', () => {
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName('  ')).toBe('Ark1');
  });
});

describe('progress tables', () => {
  const progress = progressFixture();

  it('keeps the API’s "<5" and writes held-back totals as "undertrykt", never a number', () => {
    const rows = indicatorsTable(progress, da).rows;
    const care = rows.filter((row) => row[1] === 'anbragte-boern').map((row) => row[6]);
    expect(care).toEqual(['undertrykt', '<5']);
    expect(indicatorsTable(progress, en).rows[1]?.[6]).toBe('suppressed');
  });

  it('has baseline, target, actual and attainment for every indicator in every period', () => {
    const { columns, rows } = indicatorsTable(progress, da);
    expect(columns).toEqual([
      'Periode',
      'Indikatorkode',
      'Indikator',
      'Enhed',
      'Udgangspunkt',
      'Mål',
      'Faktisk',
      'Målopfyldelse (%)',
      'Bidragende organisationer',
    ]);
    expect(rows).toContainEqual([
      '2026-Q2',
      'unge-i-uddannelse',
      'Unge i uddannelse',
      'antal',
      1000,
      1500,
      1300,
      60,
      1,
    ]);
    expect(rows).toHaveLength(4);
  });

  it('lists each organisation’s value, suppressed ones as words', () => {
    const first = progress[0];
    if (!first) throw new Error('fixture');
    const rows = organisationsTable(first, da, 'anbragte-boern').rows;
    expect(rows.map((row) => row[3])).toEqual(['<5', 'undertrykt']);
    expect(organisationsTable(first, da).rows).toHaveLength(4);
  });

  it('has completeness and timeliness per period', () => {
    expect(dataQualityTable(progress, da).rows).toEqual([
      ['2026-Q1', 2, 2, 100, 1, 50],
      ['2026-Q2', 2, 1, 50, 1, 100],
    ]);
  });
});
