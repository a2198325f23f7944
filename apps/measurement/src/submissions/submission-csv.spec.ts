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
      '\uFEFFindikator;opdeling;værdi\r\nhjemloese-unge;;\r\nhjemloese-unge;koen=kvinde;\r\n',
    );
    expect(parseSubmissionCsv(template).errors).toEqual([
      { pointer: '/rows', detail: 'the file has no values' },
    ]);
  });
});
