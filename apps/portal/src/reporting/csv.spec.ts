import { cellErrors, decodeCsvFile, readCsv, writeCsv } from './csv.js';
import { parseInput, validateComment } from './form-model.js';

describe('the CSV file shown with its errors in place', () => {
  it("reads Danish Excel's Windows-1252 files as well as UTF-8 ones", () => {
    // "indikator;værdi;kommentar\r\nunge;3;Ærø Kommune" as Excel's plain CSV writes it, and as UTF-8.
    const windows1252 = Uint8Array.from([
      ...Buffer.from('indikator;v'),
      0xe6,
      ...Buffer.from('rdi;kommentar\r\nunge;3;'),
      0xc6,
      0x72,
      0xf8,
      ...Buffer.from(' Kommune'),
    ]);
    const expected = 'indikator;værdi;kommentar\r\nunge;3;Ærø Kommune';
    expect(decodeCsvFile(windows1252.buffer)).toBe(expected);
    // The byte order mark Excel writes before UTF-8 is dropped.
    expect(decodeCsvFile(new TextEncoder().encode(`\uFEFF${expected}`).buffer)).toBe(expected);
  });

  it('reads Danish Excel (BOM, semicolons, CRLF, quoted cells) and writes it back the same way', () => {
    const text = '\uFEFFindikator;opdeling;værdi\r\nunge;;1.250\r\n"anbragte";"koen=pige";3\r\n';
    const table = readCsv(text);
    expect(table).toEqual({
      delimiter: ';',
      header: ['indikator', 'opdeling', 'værdi'],
      rows: [
        ['unge', '', '1.250'],
        ['anbragte', 'koen=pige', '3'],
      ],
    });
    expect(writeCsv(table)).toBe('\uFEFFindikator;opdeling;værdi\r\nunge;;1.250\r\nanbragte;koen=pige;3\r\n');
  });

  it('quotes a cell holding the delimiter or a quote when writing', () => {
    const table = readCsv('indicator,disaggregation,value\n"a,b","say ""x""",1\n');
    expect(table.rows).toEqual([['a,b', 'say "x"', '1']]);
    expect(writeCsv(table)).toBe('\uFEFFindicator,disaggregation,value\r\n"a,b","say ""x""",1\r\n');
  });

  it('reads a comment column with æøå and a quoted line break as the service does, and writes it back', () => {
    const text =
      '\uFEFFindikator;opdeling;værdi;kommentar\r\n' +
      'unge;;1.250;"Skønnet; én skole\r\nmangler i Ærø"\r\n' +
      'anbragte;koen=pige;x;\r\n';
    const table = readCsv(text);
    expect(table.rows).toEqual([
      ['unge', '', '1.250', 'Skønnet; én skole\r\nmangler i Ærø'],
      ['anbragte', 'koen=pige', 'x', ''],
    ]);
    expect(writeCsv(table)).toBe(text);
    // Row 3 of the file is the second record, though it starts on line 4.
    expect(cellErrors(table, [{ pointer: '/rows/3/værdi', detail: 'not a number' }])).toEqual([
      { row: 3, column: 2, detail: 'not a number' },
    ]);
  });

  it('places the server’s /rows/<n>/<column> pointers on cells, rows and the file', () => {
    const table = readCsv('indikator;opdeling;værdi\nunge;;x\n;;5\n');
    expect(
      cellErrors(table, [
        { pointer: '/rows/2/værdi', detail: 'not a number' },
        { pointer: '/rows/3', detail: 'bad row' },
        { pointer: '/rows', detail: 'no values' },
      ]),
    ).toEqual([
      { row: 2, column: 2, detail: 'not a number' },
      { row: 3, column: null, detail: 'bad row' },
      { row: 0, column: null, detail: 'no values' },
    ]);
  });
});

describe('numbers as people type them', () => {
  it.each([
    ['1.250', 1250],
    ['1250', 1250],
    ['61,5', 61.5],
    ['61.5', 61.5],
    ['1.234.567,25', 1234567.25],
    [' -3 ', -3],
  ])('reads %s as %d', (raw, value) => {
    expect(parseInput(raw)).toBe(value);
  });

  it('asks for a value where there is a comment', () => {
    const t = (da: string) => da;
    expect(validateComment('Skønnet', '', t)).toContain('udfyld værdien');
    expect(validateComment('Skønnet', '12', t)).toBeNull();
    expect(validateComment('  ', '', t)).toBeNull();
  });

  it('tells empty input from text that is no number', () => {
    expect(parseInput('')).toBeNull();
    expect(parseInput('ca. 60')).toBeNaN();
  });
});
