import { statisticsFromCsv, statisticsKommunekode, statisticsPeriod } from './statistics-csv.js';

describe('official statistics from CSV', () => {
  it('reads the Danish header with decimal commas, as Danish Excel saves it', () => {
    const parsed = statisticsFromCsv(
      '\uFEFFkommunekode;periode;værdi\r\n101;2024;12,5\r\n751;2024;1.024\r\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      { kommunekode: '101', period: '2024', value: 12.5 },
      { kommunekode: '751', period: '2024', value: 1024 },
    ]);
  });

  it("reads a StatBank export as it is: codes with names, 2024K1, '..', the country and the regions passed over", () => {
    const file = [
      'OMRÅDE;TID;INDHOLD',
      '000 Hele landet;2024K1;9,1',
      '084 Region Hovedstaden;2024K1;8,7',
      '0101 København;2024K1;10,2',
      '147 Frederiksberg;2024K1;..',
      '461 Odense;2024K2;7',
    ].join('\n');
    const parsed = statisticsFromCsv(file);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      { kommunekode: '101', period: '2024-Q1', value: 10.2 },
      { kommunekode: '461', period: '2024-Q2', value: 7 },
    ]);
    expect(parsed.notAvailable).toBe(1);
    expect(parsed.aggregates).toBe(2);
  });

  it('names every bad row and column at once, and a repeated municipality and period', () => {
    const file = [
      'municipality_code,period,value',
      '100,2024,1',
      '101,2024-13,x',
      '101,2024,2',
      '101,2024,3',
    ].join('\n');
    const parsed = statisticsFromCsv(file);
    expect(parsed.errors.map((error) => error.pointer)).toEqual([
      '/rows/2/municipality_code',
      '/rows/3/period',
      '/rows/3/value',
      '/rows/5/municipality_code',
    ]);
    expect(parsed.errors.at(-1)?.detail).toContain('row 4');
  });

  it('refuses an unknown header and a file without figures', () => {
    expect(statisticsFromCsv('kode;år;tal\n101;2024;1').errors[0]).toMatchObject({ pointer: '/rows/1' });
    expect(statisticsFromCsv('kommunekode;periode;værdi\n').errors[0]?.detail).toBe(
      'the file has no figures',
    );
  });

  it('knows the 98 codes and the two period forms', () => {
    expect(statisticsKommunekode('0851')).toBe('851');
    expect(statisticsKommunekode('999')).toBeNull();
    expect(statisticsPeriod('2025q3')).toBe('2025-Q3');
    expect(statisticsPeriod('2025M01')).toBeNull();
  });
});
