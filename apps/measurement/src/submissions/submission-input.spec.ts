import type { TrackedIndicator } from './submissions.rules.js';
import { csvInput, inputErrors, jsonInput, pointAt } from './submission-input.js';

/** A whole count from 0 up; `hjemloese` is split by gender. */
const count = (code: string, disaggregations: string[] = []): [string, TrackedIndicator] => [
  code,
  {
    id: code,
    code,
    valueType: 'integer',
    scale: 0,
    min: 0,
    max: null,
    required: false,
    disaggregations: new Set(disaggregations),
  },
];
const tracked = new Map([count('hjemloese', ['koen=kvinde', 'koen=mand']), count('whole')]);
const partOfWhole = [{ left: 'hjemloese', operator: '<=' as const, right: 'whole' }];

describe('submission input', () => {
  it("keeps a JSON body's pointers as they are", () => {
    const input = jsonInput({ values: [{ indicator: 'hjemloese', value: 2.5 }] });
    expect(pointAt(input, '/values/0/value')).toBe('/values/0/value');
    expect(inputErrors(input, tracked, [])).toEqual([
      { pointer: '/values/0/value', detail: 'must be a whole number' },
    ]);
  });

  it("points a CSV's problems at the file's row and its own column names", () => {
    const input = csvInput(
      ['indikator;opdeling;værdi', 'hjemloese;;12', '', 'hjemloese;alder=18-24;3', 'whole;;10'].join('\n'),
    );
    expect(input.values).toHaveLength(3);
    // The blank line is row 3: the values sit in rows 2, 4 and 5.
    expect(pointAt(input, '/values/1/disaggregation')).toBe('/rows/4/opdeling');
    expect(pointAt(input, '/values/2')).toBe('/rows/5');
    expect(pointAt(input, '/values/9/value')).toBe('/values/9/value');
    expect(pointAt(input, '/values')).toBe('/values');
    expect(inputErrors(input, tracked, partOfWhole)).toEqual([
      { pointer: '/rows/4/opdeling', detail: 'alder=18-24 is not a disaggregation of hjemloese' },
      { pointer: '/rows/2/værdi', detail: 'hjemloese must be <= whole (10)' },
    ]);
  });

  it("reports the file's own problems first, beside those of the values it could read", () => {
    const input = csvInput(['indicator,disaggregation,value', 'hjemloese,,tolv', 'ukendt,,3'].join('\n'));
    expect(inputErrors(input, tracked, [])).toEqual([
      { pointer: '/rows/2/value', detail: '"tolv" is not a number' },
      {
        pointer: '/rows/3/indicator',
        detail: 'ukendt is not an indicator this programme collects for the period',
      },
    ]);
  });
});
