import { tableView, type PeriodFigures, type Viewer } from '../progress/table-view.js';
import { groupAggregate } from '../progress/groups.rules.js';
import { groupView, type GroupedValue } from './analytics-groups.rules.js';

const viewer = (organisations: string[] = [], minContributors = 2): Viewer => ({
  organisations: new Set(organisations),
  suppressBelow: 5,
  minContributors,
});

function table(values: Record<string, number>): { figures: PeriodFigures; grouped: GroupedValue[] } {
  const entries = Object.entries(values);
  const grouped = entries.map(([id, value], index) => ({
    organisationId: id,
    name: id,
    value,
    decidedAt: index,
  }));
  return {
    figures: { aggregate: entries.reduce((sum, [, value]) => sum + value, 0), values: grouped },
    grouped,
  };
}

const sensitiveSum = { sensitive: true, aggregation: 'sum' } as const;

/** The groups of a sensitive sum as `who` sees them beside `progress`. */
function sensitiveGroups(
  figures: PeriodFigures,
  grouped: GroupedValue[],
  groups: Record<string, string[]>,
  who: Viewer,
  progress: ReturnType<typeof tableView>,
) {
  const byKey = new Map(Object.entries(groups));
  return groupView(sensitiveSum, figures, grouped, byKey, new Map(), who, progress, undefined);
}

function view(values: Record<string, number>, groups: Record<string, string[]>, who: Viewer) {
  const { figures, grouped } = table(values);
  const progress = tableView(sensitiveSum, figures, who);
  const shown = sensitiveGroups(figures, grouped, groups, who, progress);
  return Object.fromEntries(shown.map((group) => [group.key, group.shown]));
}

describe('groups of organisations in a suppressed table', () => {
  it('aggregates a group as its indicator aggregates', () => {
    const values = [
      { organisationId: 'a', name: 'a', value: 10, decidedAt: 2 },
      { organisationId: 'b', name: 'b', value: 20, decidedAt: 1 },
    ];
    expect(groupAggregate('sum', values, new Map())).toBe(30);
    expect(groupAggregate('mean', values, new Map())).toBe(15);
    expect(groupAggregate('latest', values, new Map())).toBe(10);
    expect(
      groupAggregate(
        'weighted-mean',
        values,
        new Map([
          ['a', 1],
          ['b', 3],
        ]),
      ),
    ).toBe(17.5);
    expect(groupAggregate('sum', [], new Map())).toBeNull();
  });

  it('shows groups of values progress shows', () => {
    expect(view({ a: 40, b: 50, c: 60, d: 70 }, { x: ['a', 'b'], y: ['c', 'd'] }, viewer())).toEqual({
      x: 90,
      y: 130,
    });
  });

  it('shows a group whose figure the caller can already work out from progress', () => {
    // Progress shows a as "<5", b (40) hidden beside it, c, d and the total 153: a + b = 43 anyway.
    expect(view({ a: 3, b: 40, c: 50, d: 60 }, { x: ['a', 'b'], y: ['c', 'd'] }, viewer())).toEqual({
      x: 43,
      y: 110,
    });
  });

  it('hides a group that would give away a value progress hides, and the group that would give that one', () => {
    // a + c beside the c progress shows would read a's 3; b + d then b's 40.
    const shown = view({ a: 3, b: 40, c: 50, d: 60 }, { x: ['a', 'c'], y: ['b', 'd'] }, viewer());
    expect(shown).toEqual({ x: 'suppressed', y: 'suppressed' });
  });

  it('hides a group of fewer organisations than the minimum, unless they are all the caller’s own', () => {
    expect(view({ a: 40, b: 50, c: 60 }, { x: ['a'], y: ['b', 'c'] }, viewer([], 2))['x']).toBe('suppressed');
    expect(view({ a: 40, b: 50, c: 60 }, { x: ['a'], y: ['b', 'c'] }, viewer(['a'], 2))['x']).toBe(40);
  });

  it('shows a small group total as "<5" to others', () => {
    expect(
      view({ a: 1, b: 2, c: 60, d: 70, e: 80 }, { x: ['a', 'b'], y: ['c', 'd', 'e'] }, viewer())['x'],
    ).toBe('<5');
  });
});

describe('groups, property: for random tables and groupings nothing progress hides can be worked out', () => {
  const runs = 300;
  it(`holds for ${runs} random tables, groupings and callers`, () => {
    for (let seed = 1; seed <= runs; seed += 1) {
      const random = mulberry32(seed);
      const count = 2 + Math.floor(random() * 7);
      const values = Object.fromEntries(
        Array.from({ length: count }, (_, index) => [
          `o${index}`,
          random() < 0.3 ? 1 + Math.floor(random() * 4) : Math.floor(random() * 80),
        ]),
      );
      const groupCount = 1 + Math.floor(random() * 3);
      const groups: Record<string, string[]> = {};
      for (const id of Object.keys(values)) (groups[`g${Math.floor(random() * groupCount)}`] ??= []).push(id);
      const own = random() < 0.4 ? [`o${Math.floor(random() * count)}`] : [];
      const who = viewer(own, 1 + Math.floor(random() * 3));
      const { figures, grouped } = table(values);
      const progress = tableView(sensitiveSum, figures, who);
      const shown = sensitiveGroups(figures, grouped, groups, who, progress);
      const hidden = new Set([
        ...progress.organisations
          .filter((entry) => typeof entry.value !== 'number')
          .map((entry) => entry.organisationId),
        ...(typeof progress.aggregate === 'number' ? [] : ['total']),
        ...shown.filter((group) => typeof group.shown !== 'number').map((group) => group.key),
      ]);
      const sum = (whole: string, parts: readonly string[]) => [
        { cell: whole, coefficient: 1n },
        ...parts.map((cell) => ({ cell, coefficient: -1n })),
      ];
      const relations = [
        sum('total', Object.keys(values)),
        ...Object.entries(groups).map(([key, parts]) => sum(key, parts)),
      ];
      const context = `seed ${seed}: ${JSON.stringify({ values, groups, own, shown, hidden: [...hidden] })}`;
      // What progress hides stays hidden (a group hidden though it could be worked out is merely cautious).
      const smallShown = shown.filter(
        (group) =>
          typeof group.shown === 'number' &&
          group.shown > 0 &&
          group.shown < 5 &&
          !group.organisations.every((id) => own.includes(id)),
      );
      expect({ context, smallShown }).toEqual({ context, smallShown: [] });
      expect({
        context,
        determined: determinedExactly(relations, hidden).filter((id) => !id.startsWith('g')),
      }).toEqual({
        context,
        determined: [],
      });
    }
  });
});

describe('groups beside rows folded from sub-units: nothing progress hides can be worked out', () => {
  const runs = 300;
  it(`holds for ${runs} random trees, tables, groupings and callers`, () => {
    for (let seed = 1; seed <= runs; seed += 1) {
      const random = mulberry32(seed + 10_000);
      const count = 3 + Math.floor(random() * 7);
      const grouped: GroupedValue[] = Array.from({ length: count }, (_, index) => {
        const value = random() < 0.3 ? 1 + Math.floor(random() * 4) : Math.floor(random() * 80);
        const top = random() < 0.5 ? `m${Math.floor(random() * 2)}` : null;
        const unitOf = top ? { unitOf: { topId: top, topName: top, parentId: top } } : {};
        return { organisationId: `o${index}`, name: `o${index}`, value, decidedAt: index, ...unitOf };
      });
      const figures = { aggregate: grouped.reduce((sum, value) => sum + value.value, 0), values: grouped };
      const groups: Record<string, string[]> = {};
      for (const { organisationId } of grouped)
        (groups[`g${Math.floor(random() * (1 + Math.floor(random() * 3)))}`] ??= []).push(organisationId);
      const own = random() < 0.4 ? [`o${Math.floor(random() * count)}`] : [];
      const who = viewer(own, 1 + Math.floor(random() * 3));
      const progress = tableView(sensitiveSum, figures, who);
      const shown = sensitiveGroups(figures, grouped, groups, who, progress);
      const folded = progress.organisations.filter((row) => row.units !== undefined);
      const hidden = new Set([
        ...[...progress.values].filter(([, value]) => typeof value !== 'number').map(([id]) => id),
        ...folded.filter((row) => typeof row.value !== 'number').map((row) => row.organisationId),
        ...(typeof progress.aggregate === 'number' ? [] : ['total']),
        ...shown.filter((group) => typeof group.shown !== 'number').map((group) => group.key),
      ]);
      const sum = (whole: string, parts: readonly string[]) => [
        { cell: whole, coefficient: 1n },
        ...parts.map((cell) => ({ cell, coefficient: -1n })),
      ];
      const relations = [
        sum(
          'total',
          grouped.map((value) => value.organisationId),
        ),
        ...Object.entries(groups).map(([key, parts]) => sum(key, parts)),
        ...folded.map((row) => sum(row.organisationId, row.units?.map((unit) => unit.organisationId) ?? [])),
      ];
      const context = `seed ${seed}: ${JSON.stringify({ grouped, groups, own, shown, hidden: [...hidden] })}`;
      expect({
        context,
        determined: determinedExactly(relations, hidden).filter((id) => id.startsWith('o')),
      }).toEqual({ context, determined: [] });
    }
  });
});

/** Independent check in exact arithmetic: a hidden cell is determined when dropping its column lowers the rank. */
function determinedExactly(
  relations: readonly (readonly { cell: string; coefficient: bigint }[])[],
  hidden: ReadonlySet<string>,
): string[] {
  const columns = [...hidden];
  const matrix = relations.map((terms) =>
    columns.map((id) =>
      terms.filter((term) => term.cell === id).reduce((total, term) => total + term.coefficient, 0n),
    ),
  );
  const full = rank(matrix);
  return columns.filter((_, index) => rank(matrix.map((row) => row.filter((__, j) => j !== index))) < full);
}

function rank(input: readonly (readonly bigint[])[]): number {
  const rows = input.map((row) => [...row]);
  let found = 0;
  const width = rows[0]?.length ?? 0;
  for (let column = 0; column < width; column += 1) {
    const pivot = rows.findIndex((row, index) => index >= found && row[column] !== 0n);
    if (pivot < 0) continue;
    [rows[found], rows[pivot]] = [rows[pivot], rows[found]];
    const top = rows[found];
    for (let index = found + 1; index < rows.length; index += 1) {
      const row = rows[index];
      const factor = row[column];
      if (factor === 0n) continue;
      for (let j = 0; j < width; j += 1) row[j] = row[j] * top[column] - top[j] * factor;
    }
    found += 1;
  }
  return found;
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
