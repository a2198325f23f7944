import type { GoalMap, MembershipDto, OrganisationDto, ProgrammeMemberPeople } from '@samvirke/contracts';
import { reader } from '../i18n/test-reader.js';
import { toDanishCsv } from './export-table.js';
import { goalMapTable, membersTable, organisationsTable, peopleTable } from './partners-rows.js';

const da = reader('da');
const en = reader('en');

const organisations = [
  {
    id: 'o-1',
    name: 'Københavns Kommune',
    type: 'municipality',
    cvr: '64942212',
    kommunekode: '0101',
    archived: false,
  },
  { id: 'o-2', name: '=Forening', type: 'ngo', cvr: null, kommunekode: null, archived: true },
] as unknown as OrganisationDto[];

describe('the partner tables as downloaded', () => {
  it('keeps CVR and kommunekode as text, so "0101" keeps its zero', () => {
    const table = organisationsTable(organisations, da);
    expect(table.columns).toEqual(['Navn', 'Type', 'CVR', 'Kommunekode', 'Status']);
    expect(table.rows[0]?.slice(2)).toEqual(['64942212', '0101', null]);
    expect(table.rows[1]?.slice(2, 4)).toEqual([null, null]);
    expect(table.rows[1]?.[4]).toBe('Arkiveret');
    const csv = toDanishCsv(table);
    expect(csv).toContain(';64942212;0101;');
    expect(csv).toContain("'=Forening;");
  });

  it('gives each member its roles in the reader’s language and the date it joined', () => {
    const members = [
      {
        id: 'm-1',
        organisationId: 'o-1',
        organisationName: 'Fonden',
        roles: ['funder'],
        joinedOn: '2026-01-15',
      },
    ] as unknown as MembershipDto[];
    expect(membersTable(members, en).columns).toEqual(['Organisation', 'Roles', 'Member since']);
    expect(membersTable(members, da).rows).toEqual([['Fonden', 'Bevillingsgiver', '2026-01-15']]);
  });

  it('lists who is who one row per contact, and an organisation without contacts once', () => {
    const people = [
      {
        organisationId: 'o-1',
        organisationName: 'Fonden',
        roles: ['funder'],
        contacts: [
          { id: 'c-1', name: 'Anna', email: 'anna@fonden.dk', role: 'Programleder', language: 'da' },
          { id: 'c-2', name: 'Bo', email: 'bo@fonden.dk', role: 'Controller', language: 'en' },
        ],
      },
      { organisationId: 'o-2', organisationName: 'Klubben', roles: ['partner'], contacts: [] },
    ] as unknown as ProgrammeMemberPeople[];
    const table = peopleTable(people, (member) => member.roles.join(), da);
    expect(table.columns).toHaveLength(5);
    expect(table.rows).toEqual([
      ['Fonden', 'funder', 'Anna', 'Programleder', 'anna@fonden.dk'],
      ['Fonden', 'funder', 'Bo', 'Controller', 'bo@fonden.dk'],
      ['Klubben', 'partner', null, null, null],
    ]);
  });

  it('counts each member’s activities per goal as numbers and marks the goal nobody works on', () => {
    const map = {
      goals: [
        {
          goalId: 'g-1',
          title: 'Trivsel',
          members: [{ organisationId: 'o-1', organisationName: 'Klubben', activityIds: ['a', 'b'] }],
        },
        { goalId: 'g-2', title: 'Fravær', members: [] },
      ],
      uncoveredGoalIds: ['g-2'],
    } as unknown as GoalMap;
    const table = goalMapTable(map, da);
    expect(table.columns).toEqual(['Mål', 'Klubben', 'Ingen arbejder på målet']);
    expect(table.rows).toEqual([
      ['Trivsel', 2, null],
      ['Fravær', 0, 'Ja'],
    ]);
  });
});
