import { cellKey, type SaveSubmission } from '@samvirke/contracts';
import { combinationView } from '../progress/category-combination.rules.js';
import type { CategoryValue } from '../progress/disaggregation.rules.js';
import { combinationErrors, combinationGrids, partSums } from './category-totals.rules.js';

const KOEN = { code: 'koen', name: 'Køn', values: ['kvinde', 'mand'] };
const ALDER = { code: 'alder', name: 'Aldersgruppe', values: ['u18', '18-24', '25-29'] };
const COMBINATION = { code: 'koen-alder', name: 'Køn × alder', dimensions: ['koen', 'alder'] };
const grids = new Map([['unge', combinationGrids([COMBINATION], [KOEN, ALDER])]]);

type Values = SaveSubmission['values'];

function cells(table: readonly (readonly number[])[]): Values {
  return KOEN.values.flatMap((koen, row) =>
    ALDER.values.map((alder, column) => ({
      indicator: 'unge',
      disaggregation: cellKey([`koen=${koen}`, `alder=${alder}`]),
      value: table[row]?.[column] ?? 0,
    })),
  );
}

describe('category combinations at submission', () => {
  const table = [
    [3, 10, 7],
    [4, 12, 9],
  ];

  it('accepts cells whose categories and total add up', () => {
    const values: Values = [
      { indicator: 'unge', value: 45 },
      { indicator: 'unge', disaggregation: 'koen=kvinde', value: 20 },
      { indicator: 'unge', disaggregation: 'alder=18-24', value: 22 },
      ...cells(table),
    ];
    expect(combinationErrors(values, grids)).toEqual([]);
  });

  it('names a category and the total that differ from the sum of their cells', () => {
    const values: Values = [
      { indicator: 'unge', value: 46 },
      { indicator: 'unge', disaggregation: 'koen=mand', value: 24 },
      ...cells(table),
    ];
    expect(combinationErrors(values, grids)).toEqual([
      { pointer: '/values/0/value', detail: 'unge: the total is 46 but its cells in koen-alder sum to 45' },
      { pointer: '/values/1/value', detail: 'unge: koen=mand is 24 but its cells in koen-alder sum to 25' },
    ]);
  });

  it('names the missing cells of a combination partly given, at its first given cell', () => {
    const values = cells(table).filter((_, index) => index !== 4);
    expect(combinationErrors(values, grids)).toEqual([
      {
        pointer: '/values/0/disaggregation',
        detail: 'unge: every cell of koen-alder is given or none; missing koen=mand&alder=18-24',
      },
    ]);
  });

  it('checks nothing for an indicator reported without its cells', () => {
    const values: Values = [
      { indicator: 'unge', value: 46 },
      { indicator: 'unge', disaggregation: 'koen=mand', value: 2 },
    ];
    expect(combinationErrors(values, grids)).toEqual([]);
  });
});

describe('category totals, property: validation and the cross table agree', () => {
  const runs = 300;
  it(`holds for ${runs} random cell tables`, () => {
    for (let seed = 1; seed <= runs; seed += 1) {
      const random = mulberry32(seed);
      const organisations = 1 + Math.floor(random() * 4);
      const accepted: CategoryValue[] = [];
      const acceptedTotals = new Map<string, number>();
      for (let organisation = 0; organisation < organisations; organisation += 1) {
        const table = KOEN.values.map(() => ALDER.values.map(() => Math.floor(random() * 30)));
        const values = cells(table);
        const sums = partSums(
          values.map((value) => ({ categories: value.disaggregation!.split('&'), value: value.value })),
        );
        const given: Values = [];
        let consistent = true;
        for (const [category, sum] of sums) {
          if (random() < 0.4) continue;
          const off = random() < 0.2 ? 1 + Math.floor(random() * 3) : 0;
          consistent &&= off === 0;
          given.push({
            indicator: 'unge',
            ...(category ? { disaggregation: category } : {}),
            value: sum + off,
          });
        }
        const errors = combinationErrors([...given, ...values], grids);
        const context = `seed ${seed} organisation ${organisation}: ${JSON.stringify(given)}`;
        // Accepted exactly when every category and total given equals the sum of its cells.
        expect({ context, accepted: errors.length === 0 }).toEqual({ context, accepted: consistent });
        if (!consistent) continue;
        const organisationId = `org-${organisation}`;
        for (const value of values)
          accepted.push({
            organisationId,
            indicatorCode: 'unge',
            disaggregation: value.disaggregation!,
            value: value.value,
          });
        for (const [category, sum] of sums)
          acceptedTotals.set(category, (acceptedTotals.get(category) ?? 0) + sum);
      }
      // The cross table's categories and total are the sums of the accepted cells.
      const view = crossTable(accepted);
      const context = `seed ${seed}`;
      if (accepted.length === 0) continue;
      expect({ context, total: view.total }).toEqual({ context, total: acceptedTotals.get('') });
      for (const margin of view.margins)
        expect({ context, margin }).toEqual({
          context,
          margin: { category: margin.category, value: acceptedTotals.get(margin.category) },
        });
    }
  });
});

/** The cross table as a caller who sees everything (not a sensitive count) reads it. */
function crossTable(values: readonly CategoryValue[]) {
  return combinationView(
    {
      progress: {
        code: 'unge',
        nameDa: 'Unge',
        nameEn: 'Young people',
        unit: 'count',
        polarity: 'higher-is-better',
        sensitive: false,
        aggregate: null,
        aggregateSuppressed: false,
        contributors: 0,
        baseline: null,
        target: null,
        attainmentPercent: null,
        previousAggregate: null,
        trend: null,
        organisations: [],
      },
      combination: COMBINATION,
      disaggregations: [KOEN, ALDER],
      shown: new Map(),
    },
    values,
    { organisations: new Set(), suppressBelow: 5, minContributors: 3 },
  );
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
