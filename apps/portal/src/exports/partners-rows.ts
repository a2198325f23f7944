import type { GoalMap, MembershipDto, OrganisationDto, ProgrammeMemberPeople } from '@samvirke/contracts';
import { organisationTypeName } from '../admin/admin-terms.js';
import type { I18n } from '../i18n/i18n.js';
import { roleName, statusName } from '../i18n/terms.js';
import { dateCell } from './cells.js';
import type { Cell, ExportTable } from './export-table.js';

/**
 * The partner tables as they are downloaded: organisations, a programme's members, who is who and
 * the goal map. CVR and kommunekode stay text, so a leading zero ("0101") survives the spreadsheet.
 */

/** A member's roles in the reader's language, as the pages list them. */
export function rolesText(i18n: I18n, roles: readonly string[]): string {
  return roles.map((role) => roleName(i18n, role)).join(', ');
}

export function organisationsTable(organisations: readonly OrganisationDto[], i18n: I18n): ExportTable {
  const { t } = i18n;
  return {
    columns: [
      t('Navn', 'Name'),
      t('Type', 'Type'),
      t('CVR', 'CVR'),
      t('Kommunekode', 'Kommunekode'),
      t('Status', 'Status'),
    ],
    rows: organisations.map((organisation): Cell[] => [
      organisation.name,
      organisationTypeName(i18n, organisation.type),
      organisation.cvr,
      organisation.kommunekode,
      organisation.archived ? statusName(i18n, 'archived') : null,
    ]),
  };
}

export function membersTable(members: readonly MembershipDto[], i18n: I18n): ExportTable {
  const { t } = i18n;
  return {
    columns: [t('Organisation', 'Organisation'), t('Roller', 'Roles'), t('Medlem siden', 'Member since')],
    rows: members.map((member): Cell[] => [
      member.organisationName,
      rolesText(i18n, member.roles),
      dateCell(member.joinedOn),
    ]),
  };
}

/** Who is who: one row per contact; an organisation without contacts still has its row. */
export function peopleTable(
  people: readonly ProgrammeMemberPeople[],
  roles: (member: ProgrammeMemberPeople) => string,
  i18n: I18n,
): ExportTable {
  const { t } = i18n;
  return {
    columns: [
      t('Organisation', 'Organisation'),
      t('Roller i programmet', 'Roles in the programme'),
      t('Kontaktperson', 'Contact'),
      t('Stilling', 'Position'),
      t('E-mail', 'Email'),
    ],
    rows: people.flatMap((member): Cell[][] => {
      const organisation = [member.organisationName, roles(member)];
      if (member.contacts.length === 0) return [[...organisation, null, null, null]];
      return member.contacts.map((contact) => [...organisation, contact.name, contact.role, contact.email]);
    }),
  };
}

/** The goal map's columns: every member that works on some goal, by id, with its name. */
export function goalMapMembers(map: GoalMap): Map<string, string> {
  const members = new Map<string, string>();
  for (const goal of map.goals)
    for (const member of goal.members) members.set(member.organisationId, member.organisationName);
  return members;
}

/** A goal per row, a column per member working on some goal: its number of activities on the goal. */
export function goalMapTable(map: GoalMap, i18n: I18n): ExportTable {
  const { t } = i18n;
  const members = goalMapMembers(map);
  const ids = [...members.keys()];
  return {
    columns: [
      t('Mål', 'Goal'),
      ...members.values(),
      t('Ingen arbejder på målet', 'Nobody works on this goal'),
    ],
    rows: map.goals.map((goal): Cell[] => [
      goal.title,
      ...ids.map(
        (id) => goal.members.find((member) => member.organisationId === id)?.activityIds.length ?? 0,
      ),
      map.uncoveredGoalIds.includes(goal.goalId) ? t('Ja', 'Yes') : null,
    ]),
  };
}
