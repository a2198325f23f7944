/**
 * Small-number suppression (DESIGN.md rule 6), primary and complementary, as statistical offices do it.
 *
 * A table is a set of cells (each organisation's value, totals, disaggregation cells) bound by linear
 * relations (a total is the sum of its cells; a mean times its count is that sum; a "latest" value
 * equals one cell). Seen by one viewer, who also knows their own organisation's cells:
 * - primary: a sensitive count from 1 to below the threshold is hidden ("<5");
 * - complementary: further cells are hidden until no hidden cell follows from the visible and known
 *   ones by any linear combination of the relations, and no relation pins a hidden small count to
 *   fewer values than "1 to threshold − 1" already says (a total 6 beside a hidden 5 would give a 1).
 * The caller's own cells are never hidden from them, and count as known to them.
 */

export interface TableCell {
  readonly id: string;
  readonly value: number;
  /** A count of people: hidden when it is from 1 to below the threshold. */
  readonly sensitive: boolean;
  /** The viewer knows it (their own organisation's value): shown, and usable to work others out. */
  readonly known: boolean;
  /** Totals are hidden only when hiding another organisation's cell cannot do. */
  readonly total?: boolean;
}

/** Σ coefficient × value = 0 over the cells named. */
export interface Relation {
  readonly terms: readonly { readonly cell: string; readonly coefficient: number }[];
}

export interface SuppressionInput {
  readonly cells: readonly TableCell[];
  readonly relations: readonly Relation[];
  readonly threshold: number;
  /** Cells hidden by another rule (too few contributors), whose values must not be derivable either. */
  readonly forced?: readonly string[];
}

export interface Suppression {
  /** Small counts, shown as "<5". */
  readonly primary: ReadonlySet<string>;
  /** Hidden so that the small counts cannot be worked out. */
  readonly complementary: ReadonlySet<string>;
}

export function isSmallCount(value: number, threshold: number): boolean {
  return value > 0 && value < threshold;
}

/** Which cells this viewer sees hidden, and why. */
export function suppressTable(input: SuppressionInput): Suppression {
  const byId = new Map(input.cells.map((cell) => [cell.id, cell]));
  const primary = new Set(
    input.cells
      .filter((cell) => cell.sensitive && !cell.known && isSmallCount(cell.value, input.threshold))
      .map((cell) => cell.id),
  );
  const complementary = new Set(
    (input.forced ?? []).filter((id) => !byId.get(id)?.known && !primary.has(id)),
  );
  const hidden = (): Set<string> => new Set([...primary, ...complementary]);
  // Each round hides one more cell, so this ends after at most as many rounds as there are cells.
  for (;;) {
    const current = hidden();
    const exposed = exposedCell(input, byId, current, primary);
    if (exposed === undefined) break;
    const next = complement(input, byId, current, exposed);
    if (next === undefined) {
      // Nothing left to hide next to it: hide everything the viewer does not know (fail closed).
      for (const cell of input.cells) if (!cell.known && !primary.has(cell.id)) complementary.add(cell.id);
      break;
    }
    complementary.add(next);
  }
  return { primary, complementary };
}

/** A hidden cell that still follows from what is shown (linearly, or by its bounds in one relation). */
function exposedCell(
  input: SuppressionInput,
  byId: ReadonlyMap<string, TableCell>,
  hidden: ReadonlySet<string>,
  primary: ReadonlySet<string>,
): string | undefined {
  const derivable = derivableCells(input.relations, hidden);
  const first = [...hidden].find((id) => derivable.has(id));
  if (first !== undefined) return first;
  for (const relation of input.relations) {
    const narrowed = narrowedSmallCount(relation, byId, hidden, primary, input.threshold);
    if (narrowed !== undefined) return narrowed;
  }
  return undefined;
}

/** The visible cell to hide next: another organisation's cell in a relation with the exposed one, totals last. */
function complement(
  input: SuppressionInput,
  byId: ReadonlyMap<string, TableCell>,
  hidden: ReadonlySet<string>,
  exposed: string,
): string | undefined {
  const candidates = new Set<string>();
  for (const relation of input.relations) {
    if (!relation.terms.some((term) => term.cell === exposed)) continue;
    for (const term of relation.terms) {
      const cell = byId.get(term.cell);
      if (cell && !cell.known && !hidden.has(cell.id) && protects(cell, input.threshold))
        candidates.add(cell.id);
    }
  }
  // Prefer an organisation's cell over a total, one big enough to cover a small count's whole range
  // on its own, and of those the smallest (the least information lost).
  const cover = 2 * input.threshold - 1;
  const rank = (cell: TableCell): [number, number, number] => [
    cell.total ? 1 : 0,
    Math.abs(cell.value) >= cover ? 0 : 1,
    Math.abs(cell.value),
  ];
  return [...candidates]
    .map((id) => byId.get(id)!)
    .sort((a, b) => compareTuples(rank(a), rank(b)))
    .at(0)?.id;
}

/**
 * A hidden zero would be worked out as zero (an observer knows a hidden count that is not "<5" is 0
 * or at least the threshold), so only totals and counts from the threshold up can cover another.
 */
function protects(cell: TableCell, threshold: number): boolean {
  return cell.total === true || !cell.sensitive || cell.value >= threshold;
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * A hidden small count about which this relation tells the viewer more than "from 1 to threshold − 1".
 * Bounds an observer can assume: a small count 1..t−1, any other hidden cell ≥ 0 (≥ t when it is a
 * non-total count that was not small, since it would have read "<5" otherwise). One pass sums every
 * term's interval; each small count's own term is then taken out again.
 */
function narrowedSmallCount(
  relation: Relation,
  byId: ReadonlyMap<string, TableCell>,
  hidden: ReadonlySet<string>,
  primary: ReadonlySet<string>,
  threshold: number,
): string | undefined {
  // Σ over terms of −coefficient × x: finite parts, and how many terms are unbounded below/above.
  let low = 0;
  let high = 0;
  let unboundedLow = 0;
  let unboundedHigh = 0;
  const own: { cell: string; coefficient: number; low: number; high: number }[] = [];
  for (const term of relation.terms) {
    const cell = byId.get(term.cell);
    if (!cell || term.coefficient === 0) continue;
    const [min, max] = assumedBounds(cell, hidden, primary, threshold);
    const a = -term.coefficient * min;
    const b = -term.coefficient * max;
    const [from, to] = a <= b ? [a, b] : [b, a];
    if (from === -Infinity) unboundedLow += 1;
    else low += from;
    if (to === Infinity) unboundedHigh += 1;
    else high += to;
    if (primary.has(cell.id)) own.push({ cell: cell.id, coefficient: term.coefficient, low: from, high: to });
  }
  for (const term of own) {
    // coefficient × x = −Σ others; a small count's own bounds are finite, so the counts stay.
    const othersLow = unboundedLow > 0 ? -Infinity : low - term.low;
    const othersHigh = unboundedHigh > 0 ? Infinity : high - term.high;
    const lowest = Math.min(othersLow / term.coefficient, othersHigh / term.coefficient);
    const highest = Math.max(othersLow / term.coefficient, othersHigh / term.coefficient);
    if (lowest > 1 || highest < threshold - 1) return term.cell;
  }
  return undefined;
}

/** What an observer can assume about a cell: its value when shown, else the bounds its hiding allows. */
function assumedBounds(
  cell: TableCell,
  hidden: ReadonlySet<string>,
  primary: ReadonlySet<string>,
  threshold: number,
): [number, number] {
  if (!hidden.has(cell.id)) return [cell.value, cell.value];
  if (primary.has(cell.id)) return [1, threshold - 1];
  return cell.total || !cell.sensitive ? [0, Infinity] : [threshold, Infinity];
}

const EPSILON = 1e-9;

/**
 * The hidden cells whose values follow from the relations once every visible value is put in: a
 * hidden cell is determined exactly when its column in the relations' matrix (over the hidden
 * cells) is not a combination of the other hidden columns, i.e. its reduced row is its own unit row.
 */
export function derivableCells(relations: readonly Relation[], hidden: ReadonlySet<string>): Set<string> {
  const columns = [...hidden];
  const index = new Map(columns.map((id, position) => [id, position]));
  const rows = relations
    .map((relation) => {
      const row = new Array<number>(columns.length).fill(0);
      for (const term of relation.terms) {
        const position = index.get(term.cell);
        if (position !== undefined) row[position] = (row[position] ?? 0) + term.coefficient;
      }
      return row;
    })
    .filter((row) => row.some((value) => Math.abs(value) > EPSILON));
  const pivots = reduce(rows, columns.length);
  const derivable = new Set<string>();
  for (const [row, column] of pivots) {
    const alone = rows[row].every((value, position) => position === column || Math.abs(value) <= EPSILON);
    if (alone) derivable.add(columns[column]);
  }
  return derivable;
}

/** Reduced row echelon form in place; returns (row, pivot column) pairs. */
function reduce(rows: number[][], width: number): [number, number][] {
  const pivots: [number, number][] = [];
  let next = 0;
  for (let column = 0; column < width && next < rows.length; column += 1) {
    let best = next;
    for (let row = next + 1; row < rows.length; row += 1)
      if (Math.abs(rows[row][column]) > Math.abs(rows[best][column])) best = row;
    if (Math.abs(rows[best][column]) <= EPSILON) continue;
    [rows[next], rows[best]] = [rows[best], rows[next]];
    const pivotRow = rows[next];
    const pivot = pivotRow[column];
    for (let position = 0; position < width; position += 1) pivotRow[position] = pivotRow[position] / pivot;
    for (let row = 0; row < rows.length; row += 1) {
      if (row === next) continue;
      const factor = rows[row][column];
      if (Math.abs(factor) <= EPSILON) continue;
      for (let position = 0; position < width; position += 1)
        rows[row][position] = rows[row][position] - factor * pivotRow[position];
    }
    pivots.push([next, column]);
    next += 1;
  }
  return pivots;
}
