import { z } from 'zod';
import { defineIndicatorSchema } from '../measurement/indicator.dto.js';
import { saveSubmissionSchema } from '../measurement/submission.dto.js';
import { HTTP_APIS } from './http-apis.js';

/** Every numeric field an operation takes (body or query), with its JSON Schema, by pointer. */
function numericInputs(): { field: string; schema: Record<string, unknown> }[] {
  const found: { field: string; schema: Record<string, unknown> }[] = [];
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${at}/${index}`));
    if (typeof node !== 'object' || node === null) return;
    const schema = node as Record<string, unknown>;
    if (schema['type'] === 'number' || schema['type'] === 'integer') found.push({ field: at, schema });
    for (const [key, value] of Object.entries(schema)) walk(value, `${at}/${key}`);
  };
  for (const api of HTTP_APIS) {
    for (const operation of api.operations) {
      for (const [part, schema] of [
        ['body', operation.body],
        ['query', operation.query],
      ] as const) {
        if (!schema) continue;
        const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
        walk(json, `${operation.operationId} ${part}`);
      }
    }
  }
  return found;
}

describe('numbers the API takes', () => {
  it('finds the numeric inputs it checks (so the check below means something)', () => {
    expect(numericInputs().length).toBeGreaterThan(5);
  });

  it('are bounded above and below, every one of them (no 1e300, no -7 where a count is meant)', () => {
    const unbounded = numericInputs()
      .filter(({ schema }) => {
        const low = schema['minimum'] ?? schema['exclusiveMinimum'];
        const high = schema['maximum'] ?? schema['exclusiveMaximum'];
        return typeof low !== 'number' || typeof high !== 'number';
      })
      .map(({ field }) => field);
    expect(unbounded).toEqual([]);
  });

  it('refuses 1e300 as a submitted value and as an indicator limit', () => {
    const huge = saveSubmissionSchema.safeParse({ values: [{ indicator: 'x', value: 1e300 }] });
    expect(huge.error?.issues.map((issue) => issue.path)).toEqual([['values', 0, 'value']]);
    const base = {
      code: 'unge',
      nameDa: 'Unge',
      nameEn: 'Young people',
      unit: 'count',
      valueType: 'integer',
      aggregation: 'sum',
      polarity: 'higher-is-better',
    };
    expect(defineIndicatorSchema.safeParse({ ...base, max: 1e300 }).success).toBe(false);
  });

  it("keeps an indicator's own limits inside its unit's range: a count never goes below 0", () => {
    const count = {
      code: 'unge',
      nameDa: 'Unge',
      nameEn: 'Young people',
      unit: 'count',
      valueType: 'integer',
      aggregation: 'sum',
      polarity: 'higher-is-better',
    };
    const negative = defineIndicatorSchema.safeParse({ ...count, min: -7 });
    expect(negative.error?.issues.map((issue) => issue.path)).toEqual([['min']]);
    expect(defineIndicatorSchema.safeParse({ ...count, min: 0, max: 10_000 }).success).toBe(true);
    const percent = { ...count, code: 'andel', unit: 'percent', valueType: 'decimal', scale: 1 };
    expect(defineIndicatorSchema.safeParse({ ...percent, max: 5_000 }).success).toBe(false);
    expect(defineIndicatorSchema.safeParse({ ...percent, min: 0, max: 100 }).success).toBe(true);
  });
});
