import { readCsvTable } from './csv-table.js';
import { parseNumber, parseSubmissionCsv, submissionTemplate } from './submission-csv.js';

describe('submission CSV', () => {
  it('reads Danish Excel: BOM, semicolons, decimal comma, CRLF, empty template rows', () => {
    const parsed = parseSubmissionCsv(
      '\uFEFFindikator;opdeling;værdi\r\nhjemloese-unge;;118\r\nhjemloese-unge;koen=kvinde;47\r\nandel;;61,5\r\nandel;koen=mand;\r\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.values).toEqual([
      { indicator: 'hjemloese-unge', value: 118 },
      { indicator: 'hjemloese-unge', disaggregation: 'koen=kvinde', value: 47 },
      { indicator: 'andel', value: 61.5 },
    ]);
    expect(parsed.rows).toEqual([2, 3, 4]);
  });

  it('reads comma-separated English files with decimal points and quoted cells', () => {
    const parsed = parseSubmissionCsv('indicator,disaggregation,value\n"andel","",61.5\n');
    expect(parsed.values).toEqual([{ indicator: 'andel', value: 61.5 }]);
  });

  it('names wrong headers, text in number cells and extra cells with their rows', () => {
    expect(parseSubmissionCsv('kode;værdi\nx;1').errors.map((error) => error.pointer)).toEqual(['/rows/1']);
    const parsed = parseSubmissionCsv('indikator;opdeling;værdi\nandel;;ca. 60\n;;5\nandel;;1;x\n');
    expect(parsed.errors.map((error) => error.pointer)).toEqual([
      '/rows/2/værdi',
      '/rows/3/indikator',
      '/rows/4',
    ]);
  });

  it('understands Danish thousands separators only in semicolon files', () => {
    expect(parseNumber('1.234,5', ';')).toBe(1234.5);
    expect(parseNumber('1.024', ';')).toBe(1024);
    expect(parseNumber('61.5', ';')).toBe(61.5);
    expect(parseNumber('1.024', ',')).toBe(1.024);
    expect(parseNumber('1234.5', ';')).toBe(1234.5);
    expect(parseNumber('1,5', ',')).toBeNull();
    expect(parseNumber('12a', ';')).toBeNull();
  });

  it('writes a template Excel opens as columns', () => {
    const template = submissionTemplate([{ code: 'hjemloese-unge', disaggregations: ['koen=kvinde'] }]);
    expect(template).toBe(
      '\uFEFFindikator;opdeling;værdi;kommentar\r\nhjemloese-unge;;;\r\nhjemloese-unge;koen=kvinde;;\r\n',
    );
    expect(parseSubmissionCsv(template).errors).toEqual([
      { pointer: '/rows', detail: 'the file has no values' },
    ]);
  });

  it('keeps a comment per value from a Danish Excel file, æøå and all', () => {
    const parsed = parseSubmissionCsv(
      '\uFEFFIndikator;Opdeling;Værdi;Kommentar\r\n' +
        'hjemloese-unge;;118;Tallet er skønnet – én måned mangler\r\n' +
        'hjemloese-unge;koen=kvinde;47;\r\n' +
        'andel;;61,5;"Ændret opgørelse; se Århus-notatet"\r\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.columns).toEqual(['indikator', 'opdeling', 'værdi', 'kommentar']);
    expect(parsed.values).toEqual([
      { indicator: 'hjemloese-unge', value: 118, comment: 'Tallet er skønnet – én måned mangler' },
      { indicator: 'hjemloese-unge', disaggregation: 'koen=kvinde', value: 47 },
      { indicator: 'andel', value: 61.5, comment: 'Ændret opgørelse; se Århus-notatet' },
    ]);
  });

  it('reads English comment columns and names a comment without a value', () => {
    const parsed = parseSubmissionCsv(
      'indicator,disaggregation,value,comment\nandel,,61.5,estimate\nandel,koen=mand,,why?\n',
    );
    expect(parsed.values).toEqual([{ indicator: 'andel', value: 61.5, comment: 'estimate' }]);
    expect(parsed.errors.map((error) => error.pointer)).toEqual(['/rows/3/comment']);
  });

  it('reads quoted cells with line breaks, quotes and delimiters, and counts rows as records', () => {
    const parsed = parseSubmissionCsv(
      'indikator;opdeling;værdi;kommentar\r\n' +
        'andel;;61,5;"første linje\r\nanden linje med ""citat"" og ; semikolon"\r\n' +
        '\r\n' +
        'hjemloese-unge;;ca. 5;\r\n',
    );
    expect(parsed.values).toEqual([
      { indicator: 'andel', value: 61.5, comment: 'første linje\r\nanden linje med "citat" og ; semikolon' },
    ]);
    expect(parsed.rows).toEqual([2]);
    // Row 2 spans two lines, row 3 is blank: the bad value is on the spreadsheet's row 4.
    expect(parsed.errors).toEqual([{ pointer: '/rows/4/værdi', detail: '"ca. 5" is not a number' }]);
  });

  it('reads the Excel dialect: BOM, CRLF, quoted numbers with thousands, trailing empty cells, blank rows', () => {
    const excel =
      '\uFEFFindikator;opdeling;værdi;kommentar\r\n' +
      '"hjemloese-unge";"";"1.234";""\r\n' +
      'hjemloese-unge;koen=kvinde; 47 ;\r\n' +
      ';;;\r\n' +
      'andel;;"61,5";Excel citerer "kun" når det skal\r\n' +
      '\r\n';
    const parsed = parseSubmissionCsv(excel);
    expect(parsed.errors).toEqual([]);
    expect(parsed.values).toEqual([
      { indicator: 'hjemloese-unge', value: 1234 },
      { indicator: 'hjemloese-unge', disaggregation: 'koen=kvinde', value: 47 },
      { indicator: 'andel', value: 61.5, comment: 'Excel citerer "kun" når det skal' },
    ]);
    expect(parsed.rows).toEqual([2, 3, 5]);
  });

  it('points at the row where a quote is left open instead of reading on', () => {
    const parsed = parseSubmissionCsv('indikator;opdeling;værdi\nandel;;1\nandel;"koen=mand;2\n');
    expect(parsed.values).toEqual([]);
    expect(parsed.errors).toEqual([
      { pointer: '/rows/3', detail: 'a quoted cell starting on this row is never closed' },
    ]);
  });

  it('refuses a comment column in the wrong place, and keeps a line break in a quoted comment', () => {
    expect(parseSubmissionCsv('indikator;kommentar;opdeling;værdi\nx;;;1').errors[0]?.pointer).toBe(
      '/rows/1',
    );
    const table = readCsvTable('indikator;opdeling;værdi;kommentar\nx;;1;"a\nb"\n').table;
    expect(table.rows).toEqual([['x', '', '1', 'a\nb']]);
  });
});
