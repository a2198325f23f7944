import type { AwardDto, GrantCallDto } from '@samvirke/contracts';
import { reader } from '../i18n/test-reader.js';
import { toDanishCsv } from './export-table.js';
import { awardsTable, callsTable, tranchesTable } from './grants-rows.js';

const da = reader('da');
const en = reader('en');

const call = {
  id: 'call-1',
  funderOrganisationId: 'fund-1',
  title: 'Trivsel 2026',
  budgetOre: 1_000_000_050,
  awardedOre: 250_000_000,
  opensAt: '2026-02-01T09:00:00+01:00',
  closesAt: '2026-03-01T12:00:00+01:00',
  status: 'open',
} as unknown as GrantCallDto;

const tranche = (position: number, amountOre: number, status: string, paymentReference: string | null) => ({
  id: `t-${position}`,
  position,
  amountOre,
  earliestDate: `2026-0${position}-01`,
  conditionIds: position === 2 ? ['c-1'] : [],
  status,
  paymentReference,
  shares: [],
});

const award = {
  id: 'award-1',
  granteeOrganisationId: 'org-1',
  title: 'Lektiecafé',
  amountOre: 150_000_075,
  conditions: [{ id: 'c-1', key: 'report-2026-Q1' }],
  tranches: [tranche(1, 100_000_000, 'paid', 'BET-1'), tranche(2, 50_000_075, 'planned', null)],
} as unknown as AwardDto;

describe('the grant tables as downloaded', () => {
  it('gives a call’s budget and awarded amount in kroner as numbers, with øre as decimals', () => {
    const table = callsTable([call], () => 'Fonden', da);
    expect(table.columns).toEqual([
      'Ansøgningsrunde',
      'Bevillingsgiver',
      'Status',
      'Ramme (kr.)',
      'Bevilget (kr.)',
      'Åbner',
      'Lukker',
    ]);
    expect(table.rows[0]?.slice(0, 2)).toEqual(['Trivsel 2026', 'Fonden']);
    expect(table.rows[0]?.slice(3, 5)).toEqual([10_000_000.5, 2_500_000]);
    expect(String(table.rows[0]?.[5])).toMatch(/^2026-02-01 \d\d:\d\d$/);
    expect(toDanishCsv(table)).toContain(';10000000,5;2500000;');
  });

  it('names the columns in English for an English reader', () => {
    expect(callsTable([call], () => 'Fund', en).columns[3]).toBe('Budget (DKK)');
    expect(awardsTable([award], new Map(), en).columns).toEqual([
      'Award',
      'Grantee',
      'Amount (DKK)',
      'Tranches',
    ]);
  });

  it('names the grantee of an award, its amount in kroner and its tranches', () => {
    const table = awardsTable([award], new Map([['org-1', 'Ungdomsklubben']]), da);
    expect(table.rows).toEqual([
      ['Lektiecafé', 'Ungdomsklubben', 1_500_000.75, expect.stringMatching(/^1: Udbetalt, 2: .+$/)],
    ]);
  });

  it('gives each tranche its number, amount, date, conditions by key and payment reference', () => {
    const table = tranchesTable(award, da);
    expect(table.rows.map((row) => [row[0], row[1], row[2], row[3], row[5]])).toEqual([
      [1, 1_000_000, '2026-01-01', null, 'BET-1'],
      [2, 500_000.75, '2026-02-01', 'report-2026-Q1', null],
    ]);
  });
});
