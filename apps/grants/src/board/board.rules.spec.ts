import type { Principal } from '@samvirke/auth';
import { boardAwards, boardCall, requireBoardReader } from './board.rules.js';
import type { BoardCallRow, BoardTrancheRow } from './board.store.js';

const FOUNDATION = '9c0c1f21-683f-4f6f-955e-344191179471';
const principal = (roles: Principal['roles'], organisations: string[]): Principal =>
  ({ subject: 's', username: 'u', roles, organisations }) as unknown as Principal;

describe('the board', () => {
  it("lets the foundation's own officers and admins read it, and refuses anyone else", () => {
    expect(() =>
      requireBoardReader(principal(['foundation-officer'], [FOUNDATION]), FOUNDATION),
    ).not.toThrow();
    expect(() => requireBoardReader(principal(['platform-admin'], []), FOUNDATION)).not.toThrow();
    expect(() => requireBoardReader(principal(['foundation-officer'], ['other']), FOUNDATION)).toThrow();
    expect(() => requireBoardReader(principal(['reporter'], [FOUNDATION]), FOUNDATION)).toThrow();
  });

  it('counts every application status and never shows a negative amount available', () => {
    const row: BoardCallRow = {
      id: 'c',
      programme_id: 'p',
      programme_name: 'P',
      title: 'T',
      opens_at: new Date('2026-01-01T00:00:00Z'),
      closes_at: new Date('2026-02-01T00:00:00Z'),
      budget_ore: '100',
      awarded_ore: '150',
      requested_ore: '30',
      counts: { submitted: 2 },
    };
    const call = boardCall(row, new Date('2026-01-15T00:00:00Z'));
    expect(call).toMatchObject({ status: 'open', availableOre: 0, requestedOre: 30 });
    expect(call.applications).toEqual({
      draft: 0,
      submitted: 2,
      'under-review': 0,
      awarded: 0,
      rejected: 0,
      withdrawn: 0,
    });
    expect(boardCall(row, new Date('2026-03-01T00:00:00Z')).status).toBe('closed');
  });

  it("groups tranches by award and gives an eligible one's due date as a Danish bank day", () => {
    const base: Omit<BoardTrancheRow, 'id' | 'position' | 'status' | 'eligible_at'> = {
      award_id: 'a',
      call_id: 'c',
      programme_id: 'p',
      grantee_organisation_id: 'g',
      grantee_name: 'Københavns Kommune',
      award_status: 'awarded',
      award_amount_ore: '300',
      amount_ore: '100',
      earliest_date: '2027-03-25',
      own_part_ore: '60',
      own_part_paid: false,
    };
    const [award] = boardAwards(
      [
        { ...base, id: 't2', position: 2, status: 'eligible', eligible_at: new Date('2027-03-01T10:00:00Z') },
        { ...base, id: 't3', position: 3, status: 'pending', eligible_at: null },
      ],
      new Map([['a', 100]]),
    );
    expect(award).toMatchObject({ paidOre: 100, outstandingOre: 200 });
    // Skærtorsdag, langfredag, the weekend and 2. påskedag: Tuesday 30 March 2027.
    expect(award?.tranches.map((t) => [t.trancheId, t.dueDate])).toEqual([
      ['t2', '2027-03-30'],
      ['t3', null],
    ]);
  });
});
