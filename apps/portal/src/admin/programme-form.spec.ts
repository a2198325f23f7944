import type { ProgrammeDto } from '@samvirke/contracts';
import {
  checkProgramme,
  createBody,
  EMPTY_PROGRAMME,
  programmeFormOf,
  sentGoalIndexes,
  slugOf,
  updateBody,
} from './programme-form.js';

const t = (da: string) => da;

const programme: ProgrammeDto = {
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'hjem-til-alle',
  name: 'Hjem til alle',
  problemStatement: 'Unge uden hjem.',
  vision: 'Ingen unge uden hjem.',
  goals: [
    { id: '00000000-0000-4000-8000-00000000000a', title: 'Flere boliger', description: '', position: 0 },
  ],
  themes: ['hjemløshed', 'unge'],
  startDate: '2026-01-01',
  endDate: null,
  status: 'planning',
  backboneOrganisationId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('the short address of a programme', () => {
  it('follows the name in lowercase ASCII with single hyphens', () => {
    expect(slugOf('Bryd den negative sociale arv')).toBe('bryd-den-negative-sociale-arv');
    expect(slugOf('  Rummelighed for alle – Ærø & Åbenrå! ')).toBe('rummelighed-for-alle-aeroe-aabenraa');
    expect(slugOf('Café Ü')).toBe('cafe-u');
  });
});

describe('the programme form', () => {
  it('keeps existing goal ids, drops blank goal lines and splits the themes', () => {
    const form = programmeFormOf(programme);
    form.goals.push({ title: '', description: '' }, { title: 'Færre udsættelser', description: ' ' });
    form.themes = 'hjemløshed, unge, ,boliger';
    form.endDate = '';
    expect(updateBody(form)).toEqual({
      name: 'Hjem til alle',
      problemStatement: 'Unge uden hjem.',
      vision: 'Ingen unge uden hjem.',
      goals: [
        { id: '00000000-0000-4000-8000-00000000000a', title: 'Flere boliger', description: '' },
        { title: 'Færre udsættelser', description: '' },
      ],
      themes: ['hjemløshed', 'unge', 'boliger'],
      startDate: '2026-01-01',
      endDate: null,
      status: 'planning',
      backboneOrganisationId: null,
    });
    expect(createBody(form)['slug']).toBe('hjem-til-alle');
    expect(createBody(form)['status']).toBeUndefined();
    // The backbone is chosen among the members, so a new programme has none yet.
    expect(createBody({ ...form, backboneOrganisationId: 'b' })).not.toHaveProperty('backboneOrganisationId');
    expect(updateBody({ ...form, backboneOrganisationId: 'b' })['backboneOrganisationId']).toBe('b');
    // An admin names the funding foundation; an officer's own foundation is the default.
    expect(createBody({ ...form, funderOrganisationId: 'f' })['funderOrganisationId']).toBe('f');
    expect(createBody(form)).not.toHaveProperty('funderOrganisationId');
    expect(updateBody({ ...form, funderOrganisationId: 'f' })).not.toHaveProperty('funderOrganisationId');
  });

  it("points a goal's error at the place the service will name, skipping blank lines", () => {
    const goals = [
      { title: 'A', description: '' },
      { title: '', description: '' },
      { title: '', description: 'no title' },
    ];
    expect(sentGoalIndexes(goals)).toEqual([0, null, 1]);
    expect(checkProgramme({ ...EMPTY_PROGRAMME, goals }, t)).toEqual({
      '/goals/1/title': 'Giv målet en titel.',
    });
  });

  it('names missing fields only when the form is sent, and a bad address and dates at once', () => {
    expect(checkProgramme(EMPTY_PROGRAMME, t)).toEqual({});
    expect(Object.keys(checkProgramme(EMPTY_PROGRAMME, t, true)).sort()).toEqual([
      '/name',
      '/problemStatement',
      '/slug',
      '/startDate',
      '/vision',
    ]);
    const bad = { ...EMPTY_PROGRAMME, slug: 'Hjem_Til', startDate: '2026-05-01', endDate: '2026-04-30' };
    expect(Object.keys(checkProgramme(bad, t)).sort()).toEqual(['/endDate', '/slug']);
    expect(checkProgramme({ ...EMPTY_PROGRAMME, slug: 'ab' }, t)).toEqual({ '/slug': 'Mindst 3 tegn.' });
  });
});
