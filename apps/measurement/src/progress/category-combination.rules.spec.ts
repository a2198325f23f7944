import { cellKey, type ProgressDto } from '@samvirke/contracts';
import { combinationView, type CombinationSource } from './category-combination.rules.js';
import type { CategoryValue } from './disaggregation.rules.js';
import type { Viewer } from './table-view.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const KOEN = { code: 'koen', name: 'Køn', values: ['kvinde', 'mand'] };
const ALDER = { code: 'alder', name: 'Aldersgruppe', values: ['u18', '18-24'] };
const COMBINATION = { code: 'koen-alder', name: 'Køn × alder', dimensions: ['koen', 'alder'] };

function progress(sensitive: boolean, totals: Record<string, number>): ProgressDto['indicators'][number] {
  const values = Object.values(totals);
  return {
    code: 'unge',
    nameDa: 'Unge',
    nameEn: 'Young people',
    unit: 'count',
    polarity: 'higher-is-better',
    sensitive,
    aggregate: values.reduce((sum, value) => sum + value, 0),
    aggregateSuppressed: false,
    contributors: values.length,
    baseline: null,
    target: null,
    attainmentPercent: null,
    previousAggregate: null,
    trend: null,
    organisations: Object.entries(totals).map(([organisationId, value]) => ({
      organisationId,
      name: organisationId,
      value,
    })),
  };
}

/** Each organisation's cells, row by row (kvinde, mand) and column by column (u18, 18-24). */
function cellValues(tables: Record<string, number[][]>): CategoryValue[] {
  return Object.entries(tables).flatMap(([organisationId, table]) =>
    KOEN.values.flatMap((koen, row) =>
      ALDER.values.map((alder, column) => ({
        organisationId,
        indicatorCode: 'unge',
        disaggregation: cellKey([`koen=${koen}`, `alder=${alder}`]),
        value: table[row]?.[column] ?? 0,
      })),
    ),
  );
}

function totalsOf(tables: Record<string, number[][]>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(tables).map(([id, table]) => [id, table.flat().reduce((a, b) => a + b, 0)]),
  );
}

function view(
  sensitive: boolean,
  tables: Record<string, number[][]>,
  viewer: Viewer,
  shown = new Map<string, number>(),
) {
  const source: CombinationSource = {
    progress: progress(sensitive, totalsOf(tables)),
    combination: COMBINATION,
    disaggregations: [KOEN, ALDER],
    shown,
  };
  return combinationView(source, cellValues(tables), viewer);
}

const funder: Viewer = { organisations: new Set(), suppressBelow: 5, minContributors: 3 };
const tables = {
  [A]: [
    [1, 10],
    [6, 20],
  ],
  [B]: [
    [0, 12],
    [7, 9],
  ],
  [C]: [
    [2, 8],
    [5, 11],
  ],
};

describe('a category combination cross table', () => {
  it('sums cells, rows, columns and the total over the organisations', () => {
    const table = view(false, tables, funder);
    expect(table.cells.map((cell) => cell.value)).toEqual([3, 30, 18, 40]);
    expect(table.margins).toEqual([
      { category: 'koen=kvinde', value: 33 },
      { category: 'koen=mand', value: 58 },
      { category: 'alder=u18', value: 21 },
      { category: 'alder=18-24', value: 70 },
    ]);
    expect(table).toMatchObject({ total: 91, contributors: 3, suppressed: false });
  });

  it('hides a small sensitive cell and enough beside it that nothing hidden follows from the rest', () => {
    const table = view(true, tables, funder, new Map([['', 91]]));
    const values = table.cells.map((cell) => cell.value);
    expect(values[0]).toBe('<5');
    // With the total shown, the small cell's row and column must each hide another figure.
    const hidden = [...table.cells.map((c) => c.value), ...table.margins.map((m) => m.value)].filter(
      (value) => typeof value === 'string',
    );
    expect(hidden.length).toBeGreaterThanOrEqual(4);
    expect(table.total).toBe(91);
  });

  it('shows an organisation its own figures, and others only what the rule allows', () => {
    const own = view(true, { [A]: tables[A] }, { ...funder, organisations: new Set([A]) });
    expect(own.cells.map((cell) => cell.value)).toEqual([1, 10, 6, 20]);
    const member = view(true, tables, { ...funder, organisations: new Set([A]) });
    // The others' part of kvinde × u18 is 2 (0 + 2): held back although A knows its own 1.
    expect(member.cells[0]?.value).toBe('<5');
  });

  it('holds the whole table back from a funder when fewer organisations than the minimum contributed', () => {
    const table = view(true, { [A]: tables[A], [B]: tables[B] }, funder);
    expect(table.suppressed).toBe(true);
    expect(table.cells.every((cell) => cell.value === null)).toBe(true);
    expect(table.total).toBeNull();
  });

  it('leaves cells nobody reported empty', () => {
    const table = view(false, {}, funder);
    expect(table).toMatchObject({ total: null, contributors: 0 });
  });
});
