import type {
  IndicatorDto,
  ProgrammeIndicatorDto,
  ReportingPeriodDto,
  SubmissionDto,
} from '@samvirke/contracts';
import { reader } from '../i18n/test-reader.js';
import { libraryTable, periodsTable, trackedTable, versionsTable } from './measurement-rows.js';

const da = reader('da');
const en = reader('en');

describe('the measurement tables as downloaded', () => {
  it('gives the library’s indicators in the reader’s language, the version as a number', () => {
    const indicators = [
      {
        code: 'TRV-1',
        nameDa: 'Trivsel',
        nameEn: 'Wellbeing',
        unit: 'count',
        version: 2,
        status: 'current',
        supersededBy: null,
      },
    ] as unknown as IndicatorDto[];
    expect(libraryTable(indicators, en).rows[0]?.slice(0, 2)).toEqual(['TRV-1', 'Wellbeing']);
    expect(libraryTable(indicators, da).rows[0]?.[1]).toBe('Trivsel');
    expect(libraryTable(indicators, da).rows[0]?.[3]).toBe(2);
  });

  it('gives one row per target with the baseline beside it, values as numbers', () => {
    const tracked = [
      {
        code: 'TRV-1',
        nameDa: 'Trivsel',
        nameEn: 'Wellbeing',
        frequency: 'quarterly',
        baseline: { period: '2025-Q4', value: 61.5 },
        targets: [
          { period: '2026-Q4', value: 70 },
          { period: '2027-Q4', value: 75 },
        ],
      },
      {
        code: 'FRV-1',
        nameDa: 'Fravær',
        nameEn: 'Absence',
        frequency: 'annual',
        baseline: null,
        targets: [],
      },
    ] as unknown as ProgrammeIndicatorDto[];
    const table = trackedTable(tracked, da);
    expect(table.columns).toHaveLength(7);
    expect(table.rows.map((row) => [row[0], row[3], row[4], row[5], row[6]])).toEqual([
      ['TRV-1', '2025-Q4', 61.5, '2026-Q4', 70],
      ['TRV-1', '2025-Q4', 61.5, '2027-Q4', 75],
      ['FRV-1', null, null, null, null],
    ]);
  });

  it('gives each period its deadline as a date a spreadsheet reads', () => {
    const periods = [
      { period: '2026-Q1', frequency: 'quarterly', dueDate: '2026-04-15', status: 'open' },
    ] as unknown as ReportingPeriodDto[];
    expect(periodsTable(periods, en).columns).toEqual(['Period', 'Frequency', 'Deadline', 'Status']);
    expect(periodsTable(periods, da).rows[0]?.slice(0, 1)).toEqual(['2026-Q1']);
    expect(periodsTable(periods, da).rows[0]?.[2]).toBe('2026-04-15');
  });

  it('gives each version its number, who saved and decided it, and the number of values', () => {
    const versions = [
      {
        version: 2,
        status: 'returned',
        savedAt: '2026-04-01T10:00:00Z',
        savedBy: 'rapportør',
        submittedAt: '2026-04-01T11:00:00Z',
        decidedAt: null,
        decidedBy: null,
        valueCount: 12,
        comment: 'Tjek tallene',
      },
    ] as unknown as SubmissionDto[];
    const [row] = versionsTable(versions, da).rows;
    expect(row?.[0]).toBe(2);
    expect(row?.[3]).toBe('rapportør');
    expect(row?.[5]).toBeNull();
    expect(row?.slice(7)).toEqual([12, 'Tjek tallene']);
  });
});
