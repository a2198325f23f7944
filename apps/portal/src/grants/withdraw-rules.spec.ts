import { mayWithdraw } from './withdraw-rules.js';

describe('mayWithdraw', () => {
  it('lets the applicant withdraw until the application is decided', () => {
    expect(
      (['draft', 'submitted', 'under-review'] as const).map((status) => mayWithdraw({ status })),
    ).toEqual([true, true, true]);
  });

  it('offers nothing once it is awarded, rejected or already withdrawn', () => {
    expect((['awarded', 'rejected', 'withdrawn'] as const).map((status) => mayWithdraw({ status }))).toEqual([
      false,
      false,
      false,
    ]);
  });
});
