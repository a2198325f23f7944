import type { TrackedIndicator } from '../src/submissions/submissions.rules.js';

/** Two indicators a programme tracks, for unit tests of submissions: a count and a share. */
export const tracked = new Map<string, TrackedIndicator>([
  [
    'hjemloese',
    {
      id: 'a',
      code: 'hjemloese',
      valueType: 'integer',
      scale: 0,
      min: 0,
      max: null,
      required: true,
      disaggregations: new Set(['koen=kvinde', 'koen=mand']),
    },
  ],
  [
    'andel',
    {
      id: 'b',
      code: 'andel',
      valueType: 'decimal',
      scale: 1,
      min: 0,
      max: 100,
      required: false,
      disaggregations: new Set(),
    },
  ],
]);
