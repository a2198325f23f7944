/**
 * The WHERE clause of a list read, built one optional filter at a time, with its values as
 * numbered parameters so that nothing a caller sends becomes SQL.
 */
export class SqlFilter {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Adds a value as the next parameter and returns its placeholder ($1, $2, …). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  /** The conditions joined with AND ('true' when there are none). */
  get sql(): string {
    return this.conditions.length > 0 ? this.conditions.join(' AND ') : 'true';
  }

  /** LIMIT and OFFSET placeholders after the filter's own parameters, with all the values. */
  page(limit: number, offset: number): { sql: string; params: unknown[] } {
    const n = this.params.length;
    return { sql: `LIMIT $${n + 1} OFFSET $${n + 2}`, params: [...this.params, limit, offset] };
  }
}

/**
 * The SET assignments of an update: one per field that has a value (undefined fields are left
 * as they are), with placeholders numbered from `first`.
 */
export function assignments<F extends string>(
  changes: Partial<Record<F, unknown>>,
  columns: Record<F, string>,
  first: number,
): { sql: string[]; values: unknown[] } {
  const fields = (Object.entries(changes) as [F, unknown][]).filter(([, value]) => value !== undefined);
  return {
    sql: fields.map(([field], index) => `${columns[field]} = $${first + index}`),
    values: fields.map(([, value]) => value),
  };
}
