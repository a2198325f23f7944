import { integrationRows } from './integration-rows.js';

const AT = '2026-12-07T01:00:00.000Z';
const programme = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('integration rows', () => {
  it('lists each client once, with its programmes and whether it may see named contacts', () => {
    expect(
      integrationRows(
        [
          { clientId: 'samvirke-integration-demo', programmeId: programme(1), grantedAt: AT },
          { clientId: 'samvirke-integration-demo', programmeId: programme(2), grantedAt: AT },
        ],
        [{ clientId: 'erp-helsefonden', grantedAt: AT }],
      ),
    ).toEqual([
      { clientId: 'erp-helsefonden', programmes: 0, contactAccessSince: AT },
      { clientId: 'samvirke-integration-demo', programmes: 2, contactAccessSince: null },
    ]);
  });

  it('knows no client when nothing was granted', () => {
    expect(integrationRows([], [])).toEqual([]);
  });

  it('keeps a client the admin has just revoked on the screen, without access', () => {
    expect(integrationRows([], [{ clientId: 'b', grantedAt: AT }], ['a', 'b'])).toEqual([
      { clientId: 'a', programmes: 0, contactAccessSince: null },
      { clientId: 'b', programmes: 0, contactAccessSince: AT },
    ]);
  });
});
