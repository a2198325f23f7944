import {
  callBody,
  checkCall,
  emptyCall,
  parseWeight,
  reportSectionsOf,
  weightShares,
  type CallDraft,
} from './call-draft.js';

const t = (da: string): string => da;
const FUNDER = '9c0c1f21-683f-4f6f-955e-344191179471';
const NOW = Date.parse('2026-12-01T12:00:00Z');

const complete: CallDraft = {
  funder: FUNDER,
  title: 'Lektiehjælp 2027',
  description: ' Til kommuner. ',
  budget: '5.000.000',
  opensAt: '2027-01-01T09:00',
  closesAt: '2027-03-01T12:00',
  types: ['municipality', 'ngo'],
  criteria: [
    { name: 'Effekt', description: '', weight: '3' },
    { name: 'Forankring', description: 'Lever det videre?', weight: '1' },
  ],
};

describe('parseWeight and weightShares', () => {
  it('takes whole numbers from 1 to 100 only', () => {
    expect(['1', ' 100 ', '0', '101', '2,5', '-1', ''].map(parseWeight)).toEqual([
      1,
      100,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('gives each criterion its share of the weighted score, leaving out a bad weight', () => {
    expect(weightShares(complete.criteria)).toEqual({ total: 4, shares: [75, 25] });
    expect(weightShares([...complete.criteria, { name: 'X', description: '', weight: '0' }])).toEqual({
      total: 4,
      shares: [75, 25, null],
    });
  });
});

describe('checkCall', () => {
  it('finds nothing wrong with a complete call and sends it as the API wants it', () => {
    expect(checkCall(complete, t, true, NOW)).toEqual({});
    const body = callBody(complete);
    expect(body).toMatchObject({
      funderOrganisationId: FUNDER,
      title: 'Lektiehjælp 2027',
      description: 'Til kommuner.',
      budgetOre: 500_000_000,
      eligibleOrganisationTypes: ['municipality', 'ngo'],
      criteria: [
        { name: 'Effekt', description: '', weight: 3 },
        { name: 'Forankring', description: 'Lever det videre?', weight: 1 },
      ],
    });
    expect(Date.parse(body.closesAt) - Date.parse(body.opensAt)).toBe((59 * 24 + 3) * 3_600_000);
    expect(body.reportSections.map((section) => section.key)).toEqual([
      'fremdrift-og-aktiviteter',
      'resultater-for-maalgruppen',
      'udfordringer-og-aendringer-i-plane', // 34 characters, room for a -2
    ]);
  });

  it('keys the report template’s sections by their headings, uniquely, and wants at least one', () => {
    expect(reportSectionsOf(' Økonomi \n\nØkonomi\n!!')).toEqual([
      { key: 'oekonomi', title: 'Økonomi' },
      { key: 'oekonomi-2', title: 'Økonomi' },
      { key: 'afsnit', title: '!!' },
    ]);
    expect(checkCall({ ...complete, reportSections: ' \n ' }, t, true, NOW)).toEqual({
      '/reportSections': 'Skriv mindst ét afsnit.',
    });
  });

  it('names a bad weight, a bad budget and a call closing before it opens as they are typed', () => {
    const draft = {
      ...complete,
      budget: '0',
      closesAt: '2026-12-31T09:00',
      criteria: [complete.criteria[0], { name: 'Forankring', description: '', weight: '150' }],
    };
    expect(Object.keys(checkCall(draft, t, false, NOW)).sort()).toEqual([
      '/budgetOre',
      '/closesAt',
      '/criteria/1/weight',
    ]);
  });

  it('names the missing fields, every criterion’s name and a call without criteria once the officer sends', () => {
    expect(checkCall(emptyCall(''), t, false, NOW)).toEqual({});
    expect(Object.keys(checkCall(emptyCall(''), t, true, NOW)).sort()).toEqual([
      '/budgetOre',
      '/closesAt',
      '/criteria/0/name',
      '/eligibleOrganisationTypes',
      '/funderOrganisationId',
      '/opensAt',
      '/title',
    ]);
    expect(checkCall({ ...complete, criteria: [] }, t, true, NOW)).toEqual({
      '/criteria': 'Tilføj mindst ét kriterium.',
    });
  });

  it('names a call that has closed already, by the browser’s clock', () => {
    const closed = { ...complete, opensAt: '2026-11-01T09:00', closesAt: '2026-11-30T12:00' };
    expect(checkCall(closed, t, false, NOW)).toEqual({ '/closesAt': 'Skal ligge i fremtiden.' });
  });
});
