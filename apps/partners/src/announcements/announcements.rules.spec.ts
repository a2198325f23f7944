import type { Principal } from '@samvirke/auth';
import {
  audienceErrors,
  authorOrganisation,
  mayRead,
  plainExcerpt,
  publishTime,
  recipientsOf,
  type AnnouncementRecord,
  type Member,
} from './announcements.rules.js';
import type { ProgrammeView } from '../programmes/programmes.rules.js';

const FUNDER = '00000000-0000-4000-8000-000000000001';
const BACKBONE = '00000000-0000-4000-8000-000000000002';
const CITY = '00000000-0000-4000-8000-000000000003';
const NGO = '00000000-0000-4000-8000-000000000004';
const OUTSIDER = '00000000-0000-4000-8000-000000000005';

const MEMBERS: Member[] = [
  { organisationId: FUNDER, roles: ['funder'] },
  { organisationId: BACKBONE, roles: ['backbone'] },
  { organisationId: CITY, roles: ['data-provider', 'implementing-partner'] },
  { organisationId: NGO, roles: ['implementing-partner'] },
];

const principal = (organisations: string[], roles: Principal['roles'] = ['reporter']): Principal =>
  ({ subject: 's', username: 'u', organisations, roles }) as unknown as Principal;

describe('announcement rules', () => {
  it('goes to every member without a choice, else to those named or holding a role', () => {
    expect(recipientsOf({ organisationIds: [], roles: [] }, MEMBERS)).toEqual([FUNDER, BACKBONE, CITY, NGO]);
    expect(recipientsOf({ organisationIds: [], roles: ['implementing-partner'] }, MEMBERS)).toEqual([
      CITY,
      NGO,
    ]);
    expect(recipientsOf({ organisationIds: [FUNDER], roles: ['data-provider'] }, MEMBERS)).toEqual([
      FUNDER,
      CITY,
    ]);
  });

  it('names every audience organisation that is not a member, and an audience nobody is in', () => {
    expect(audienceErrors({ organisationIds: [CITY, OUTSIDER], roles: [] }, MEMBERS)).toEqual([
      { pointer: '/audience/organisationIds/1', detail: 'not a current member of the programme' },
    ]);
    expect(audienceErrors({ organisationIds: [], roles: ['knowledge-partner'] }, MEMBERS)).toEqual([
      { pointer: '/audience', detail: 'no current member holds these roles' },
    ]);
  });

  it('is signed by the caller’s backbone or funder organisation', () => {
    expect(authorOrganisation(principal([CITY, BACKBONE]), MEMBERS)).toBe(BACKBONE);
    expect(authorOrganisation(principal([OUTSIDER]), MEMBERS)).toBe(OUTSIDER);
    expect(() => authorOrganisation(principal([]), MEMBERS)).toThrow(/signed by an organisation/);
  });

  it('publishes at the time asked for, or now when that has passed', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(publishTime('2026-03-02T08:00:00+01:00', now).toISOString()).toBe('2026-03-02T07:00:00.000Z');
    expect(publishTime('2026-02-01T08:00:00Z', now)).toBe(now);
    expect(publishTime(undefined, now)).toBe(now);
  });

  it('is read by managers always and by recipients once published', () => {
    const record = { publishedAt: null, recipientOrganisationIds: [CITY] } as unknown as AnnouncementRecord;
    const member = { canManage: false } as ProgrammeView;
    expect(mayRead(principal([CITY]), member, record)).toBe(false);
    expect(mayRead(principal([BACKBONE]), { canManage: true } as ProgrammeView, record)).toBe(true);
    const published = { ...record, publishedAt: '2026-03-01T10:00:00.000Z' };
    expect(mayRead(principal([CITY]), member, published)).toBe(true);
    expect(mayRead(principal([NGO]), member, published)).toBe(false);
  });

  it('makes a plain excerpt of the Markdown', () => {
    expect(plainExcerpt('# Overskrift\n\nSe **mere** på [siden](https://x.dk).\n- punkt')).toBe(
      'Overskrift Se mere på siden. punkt',
    );
    expect(plainExcerpt('a'.repeat(300), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
