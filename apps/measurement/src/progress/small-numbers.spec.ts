import {
  derivableCells,
  isSmallCount,
  suppressTable,
  type Relation,
  type TableCell,
} from './small-numbers.js';

const cell = (id: string, value: number, extra: Partial<TableCell> = {}): TableCell => ({
  id,
  value,
  sensitive: true,
  known: false,
  ...extra,
});
const sum = (total: string, parts: readonly string[]): Relation => ({
  terms: [{ cell: total, coefficient: 1 }, ...parts.map((part) => ({ cell: part, coefficient: -1 }))],
});
const hiddenOf = (result: ReturnType<typeof suppressTable>) =>
  new Set([...result.primary, ...result.complementary]);

describe('small-number suppression', () => {
  it('hides sensitive counts from 1 to 4 from other organisations only', () => {
    expect([0, 1, 4, 5].map((value) => isSmallCount(value, 5))).toEqual([false, true, true, false]);
    const result = suppressTable({
      cells: [cell('a', 3), cell('b', 3, { known: true }), cell('c', 3, { sensitive: false })],
      relations: [],
      threshold: 5,
    });
    expect([...result.primary]).toEqual(['a']);
    expect(result.complementary.size).toBe(0);
  });

  it('does not let a total beside the other organisations give the small count away (3 + 40 + 50 = 93)', () => {
    const cells = [cell('a', 3), cell('b', 40), cell('c', 50), cell('total', 93, { total: true })];
    const relations = [sum('total', ['a', 'b', 'c'])];
    const result = suppressTable({ cells, relations, threshold: 5 });
    expect([...result.primary]).toEqual(['a']);
    // The smallest organisation big enough to cover 1..4 is hidden with it; the total stays.
    expect([...result.complementary]).toEqual(['b']);
    expect(derivableCells(relations, hiddenOf(result)).size).toBe(0);
  });

  it("hides the total when the only other cell is the viewer's own", () => {
    const cells = [cell('a', 3), cell('b', 40, { known: true }), cell('total', 43, { total: true })];
    const result = suppressTable({ cells, relations: [sum('total', ['a', 'b'])], threshold: 5 });
    expect([...result.complementary]).toEqual(['total']);
  });

  it('does not pin a small count by its bounds: a hidden 5 beside a 1 under a total of 6', () => {
    const cells = [cell('a', 1), cell('b', 5), cell('c', 20), cell('total', 26, { total: true })];
    const result = suppressTable({ cells, relations: [sum('total', ['a', 'b', 'c'])], threshold: 5 });
    // Hiding b (≥ 5) would leave a + b = 6, so a = 1: c (≥ 9) covers the whole range instead.
    expect([...result.complementary]).toEqual(['c']);
  });

  it('does not let two small counts under a visible total give each other away (1 + 1 = 2)', () => {
    const cells = [cell('a', 1), cell('b', 1), cell('c', 30), cell('total', 32, { total: true })];
    const result = suppressTable({ cells, relations: [sum('total', ['a', 'b', 'c'])], threshold: 5 });
    expect(hiddenOf(result)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('hides a latest value that is the small count itself', () => {
    const relations: Relation[] = [
      {
        terms: [
          { cell: 'total', coefficient: 1 },
          { cell: 'a', coefficient: -1 },
        ],
      },
    ];
    const cells = [cell('a', 2), cell('b', 30), cell('total', 2, { total: true, sensitive: false })];
    expect([...suppressTable({ cells, relations, threshold: 5 }).complementary]).toEqual(['total']);
  });

  it('protects cells hidden by another rule as well as small counts', () => {
    const cells = [cell('a', 30), cell('b', 40), cell('total', 70, { total: true })];
    const result = suppressTable({
      cells,
      relations: [sum('total', ['a', 'b'])],
      threshold: 5,
      forced: ['total'],
    });
    expect(hiddenOf(result).has('total')).toBe(true);
    expect(result.complementary.size).toBeGreaterThan(1);
  });
});

describe('suppression, property: for random tables nothing hidden can be worked out', () => {
  const runs = 400;
  it(`holds for ${runs} random tables with organisations, disaggregations and totals`, () => {
    for (let seed = 1; seed <= runs; seed += 1) {
      const random = mulberry32(seed);
      const table = randomTable(random);
      const result = suppressTable(table);
      const hidden = hiddenOf(result);
      const context = `seed ${seed}: ${JSON.stringify(table)} hidden ${JSON.stringify([...hidden])}`;
      for (const entry of table.cells) {
        const small = entry.sensitive && isSmallCount(entry.value, table.threshold);
        if (entry.known)
          expect({ context, hidden: hidden.has(entry.id) }).toEqual({ context, hidden: false });
        else if (small)
          expect({ context, primary: result.primary.has(entry.id) }).toEqual({ context, primary: true });
      }
      expect({ context, determined: determinedExactly(table.relations, hidden) }).toEqual({
        context,
        determined: [],
      });
      expect({ context, narrowed: narrowedSmallCounts(table, result.primary, hidden) }).toEqual({
        context,
        narrowed: [],
      });
    }
  });
});

/** A table of organisations × categories with row, column and grand totals, as a viewer sees it. */
function randomTable(random: () => number) {
  const threshold = 3 + Math.floor(random() * 6);
  const rows = 1 + Math.floor(random() * 6);
  const columns = random() < 0.4 ? 1 : 2 + Math.floor(random() * 3);
  const mine = random() < 0.5 ? Math.floor(random() * rows) : -1;
  const sensitive = random() < 0.9;
  const value = () =>
    random() < 0.35
      ? 1 + Math.floor(random() * (threshold - 1))
      : random() < 0.1
        ? 0
        : Math.floor(random() * 80);
  const cells: TableCell[] = [];
  const relations: Relation[] = [];
  const grid = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => {
      const id = `r${row}c${column}`;
      cells.push({ id, value: value(), sensitive, known: row === mine });
      return id;
    }),
  );
  const valueOf = (id: string) => cells.find((entry) => entry.id === id)!.value;
  const addTotal = (id: string, parts: readonly string[], known: boolean) => {
    cells.push({
      id,
      value: parts.reduce((total, part) => total + valueOf(part), 0),
      sensitive,
      known,
      total: true,
    });
    relations.push(sum(id, parts));
  };
  if (columns > 1) grid.forEach((parts, row) => addTotal(`r${row}`, parts, row === mine));
  const columnTotals = Array.from({ length: columns }, (_, column) => {
    const id = `c${column}`;
    addTotal(
      id,
      grid.map((parts) => parts[column]),
      rows === 1 && mine === 0,
    );
    return id;
  });
  if (columns > 1) addTotal('total', columnTotals, rows === 1 && mine === 0);
  return { cells, relations, threshold };
}

/**
 * Independent check, in exact integer arithmetic: a hidden cell is determined by the relations when
 * dropping its column lowers the rank of the relations' matrix over the hidden cells.
 */
function determinedExactly(relations: readonly Relation[], hidden: ReadonlySet<string>): string[] {
  const columns = [...hidden];
  const matrix = relations.map((relation) =>
    columns.map((id) =>
      relation.terms
        .filter((term) => term.cell === id)
        .reduce((total, term) => total + BigInt(term.coefficient), 0n),
    ),
  );
  const full = rank(matrix);
  return columns.filter((_, index) => rank(matrix.map((row) => row.filter((__, j) => j !== index))) < full);
}

function rank(input: readonly (readonly bigint[])[]): number {
  const rows = input.map((row) => [...row]);
  let rankSoFar = 0;
  const width = rows[0]?.length ?? 0;
  for (let column = 0; column < width; column += 1) {
    const pivot = rows.findIndex((row, index) => index >= rankSoFar && row[column] !== 0n);
    if (pivot < 0) continue;
    [rows[rankSoFar], rows[pivot]] = [rows[pivot], rows[rankSoFar]];
    const top = rows[rankSoFar];
    for (let index = rankSoFar + 1; index < rows.length; index += 1) {
      const row = rows[index];
      const factor = row[column];
      if (factor === 0n) continue;
      for (let j = 0; j < width; j += 1) row[j] = row[j] * top[column] - top[j] * factor;
    }
    rankSoFar += 1;
  }
  return rankSoFar;
}

/** Small counts whose range one total narrows, with what an observer knows of each hidden cell. */
function narrowedSmallCounts(
  table: ReturnType<typeof randomTable>,
  primary: ReadonlySet<string>,
  hidden: ReadonlySet<string>,
): string[] {
  const byId = new Map(table.cells.map((entry) => [entry.id, entry]));
  const t = table.threshold;
  const narrowed: string[] = [];
  for (const relation of table.relations) {
    const [total, ...parts] = relation.terms.map((term) => term.cell);
    if (hidden.has(total)) continue;
    const shown = parts.filter((id) => !hidden.has(id)).reduce((acc, id) => acc + byId.get(id)!.value, 0);
    const rest = byId.get(total)!.value - shown;
    for (const id of parts.filter((part) => primary.has(part))) {
      const others = parts.filter((part) => part !== id && hidden.has(part));
      const lowest = others.reduce(
        (acc, other) => acc + (primary.has(other) ? 1 : byId.get(other)!.total ? 0 : t),
        0,
      );
      const highest = others.some((other) => !primary.has(other)) ? Infinity : others.length * (t - 1);
      if (rest - lowest < t - 1 || rest - highest > 1) narrowed.push(id);
    }
  }
  return narrowed;
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
