import type { ActionItemDto, BodyDto, MembershipDto, ProgrammeDto } from '@samvirke/contracts';
import { instant, lines, type QuickField, type QuickFormProps, type Values } from './quick-form.js';

export interface GovernanceFormsProps {
  readonly programme: ProgrammeDto;
  readonly members: readonly MembershipDto[];
  readonly bodies: readonly BodyDto[];
  readonly items: readonly ActionItemDto[];
  readonly onSent: () => void;
}

type T = (da: string, en: string) => string;
export type Choices = { value: string; label: string }[];

/** What every form is made from: the programme's choices, the API's base path, the texts. */
export interface Context extends GovernanceFormsProps {
  readonly t: T;
  readonly base: string;
  readonly organisations: Choices;
  readonly goals: Choices;
  readonly bodyChoices: Choices;
}

export type FormSpec = Omit<QuickFormProps, 'onSent'>;

export const memberRoles = (t: T): Choices => [
  { value: 'chair', label: t('Formand', 'Chair') },
  { value: 'member', label: t('Medlem', 'Member') },
  { value: 'secretary', label: t('Sekretær', 'Secretary') },
  { value: 'observer', label: t('Observatør', 'Observer') },
];

export function bodyForm({ t, base, goals }: Context): FormSpec {
  const kinds = [
    { value: 'steering-group', label: t('Styregruppe', 'Steering group') },
    { value: 'working-group', label: t('Arbejdsgruppe', 'Working group') },
  ];
  return {
    id: 'new-body',
    heading: t('Nyt organ', 'New body'),
    submit: t('Opret organet', 'Create the body'),
    path: () => `${base}/bodies`,
    fields: [
      { name: 'kind', label: t('Type', 'Kind'), pointer: '/kind', required: true, options: kinds },
      { name: 'name', label: t('Navn', 'Name'), pointer: '/name', required: true },
      {
        name: 'goalId',
        label: t('Mål (arbejdsgrupper)', 'Goal (working groups)'),
        pointer: '/goalId',
        options: goals,
      },
    ],
    body: (v) => ({ kind: v['kind'], name: v['name'], goalId: v['goalId'] || null }),
  };
}

export function memberForm({ t, base, bodies, bodyChoices, organisations }: Context): FormSpec {
  const current = (v: Values) =>
    (bodies.find((body) => body.id === v['bodyId'])?.members ?? []).map(
      ({ organisationId, personName, role }) => ({ organisationId, personName, role }),
    );
  return {
    id: 'add-body-member',
    heading: t('Tilføj et medlem til et organ', 'Add a member to a body'),
    submit: t('Tilføj medlemmet', 'Add the member'),
    method: 'PUT',
    path: (v) => `${base}/bodies/${v['bodyId'] ?? ''}/members`,
    fields: [
      { name: 'bodyId', label: t('Organ', 'Body'), pointer: '/bodyId', required: true, options: bodyChoices },
      {
        name: 'organisationId',
        label: t('Organisation', 'Organisation'),
        pointer: '/members/0/organisationId',
        required: true,
        options: organisations,
      },
      { name: 'personName', label: t('Person', 'Person'), pointer: '/members/0/personName', required: true },
      {
        name: 'role',
        label: t('Rolle', 'Role'),
        pointer: '/members/0/role',
        required: true,
        options: memberRoles(t),
      },
    ],
    body: (v) => ({
      members: [
        { organisationId: v['organisationId'], personName: v['personName'], role: v['role'] },
        ...current(v),
      ],
    }),
  };
}

/** A meeting's fields: its body, title, time, place, agenda and linked documents. */
function meetingFields(t: T, bodyChoices: Choices): QuickField[] {
  return [
    { name: 'bodyId', label: t('Organ', 'Body'), pointer: '/bodyId', required: true, options: bodyChoices },
    { name: 'title', label: t('Titel', 'Title'), pointer: '/title', required: true },
    {
      name: 'startsAt',
      label: t('Starter', 'Starts'),
      pointer: '/startsAt',
      kind: 'datetime-local',
      required: true,
    },
    {
      name: 'endsAt',
      label: t('Slutter', 'Ends'),
      pointer: '/endsAt',
      kind: 'datetime-local',
      required: true,
    },
    { name: 'location', label: t('Sted', 'Location'), pointer: '/location' },
    {
      name: 'agenda',
      label: t('Dagsorden (ét punkt pr. linje)', 'Agenda (one item per line)'),
      pointer: '/agenda',
      kind: 'textarea',
    },
    {
      name: 'documents',
      label: t('Dokumenter (titel | https-adresse pr. linje)', 'Documents (title | https address per line)'),
      pointer: '/documents',
      kind: 'textarea',
    },
  ];
}

export function meetingForm({ t, base, bodyChoices }: Context): FormSpec {
  const documents = (text: string | undefined) =>
    lines(text).map((line) => {
      const [title = '', url = ''] = line.split('|').map((part) => part.trim());
      return { title, url };
    });
  return {
    id: 'new-meeting',
    heading: t('Indkald til møde', 'Schedule a meeting'),
    submit: t('Indkald', 'Schedule'),
    path: () => `${base}/meetings`,
    fields: meetingFields(t, bodyChoices),
    body: (v) => ({
      bodyId: v['bodyId'],
      title: v['title'],
      startsAt: instant(v['startsAt']),
      endsAt: instant(v['endsAt']),
      location: v['location'] ?? '',
      agenda: lines(v['agenda']),
      documents: documents(v['documents']),
    }),
  };
}

export function decisionForm({ t, base, goals }: Context): FormSpec {
  return {
    id: 'new-decision',
    heading: t('Før en beslutning til loggen', 'Enter a decision in the log'),
    submit: t('Før til loggen', 'Enter it'),
    path: () => `${base}/decisions`,
    fields: [
      { name: 'title', label: t('Beslutning', 'Decision'), pointer: '/title', required: true },
      { name: 'text', label: t('Uddybning', 'Details'), pointer: '/text', kind: 'textarea' },
      {
        name: 'decidedOn',
        label: t('Besluttet den', 'Decided on'),
        pointer: '/decidedOn',
        kind: 'date',
        required: true,
      },
      {
        name: 'goalId',
        label: t('Vedrører målet', 'Concerns the goal'),
        pointer: '/links/goalIds/0',
        options: goals,
      },
    ],
    body: (v) => ({
      title: v['title'],
      text: v['text'] ?? '',
      decidedOn: v['decidedOn'],
      links: { goalIds: v['goalId'] ? [v['goalId']] : [] },
    }),
  };
}

export function actionItemForm({ t, base, organisations }: Context): FormSpec {
  return {
    id: 'new-action-item',
    heading: t('Ny opgave', 'New action item'),
    submit: t('Giv opgaven', 'Assign it'),
    path: () => `${base}/action-items`,
    fields: [
      { name: 'title', label: t('Opgave', 'Action item'), pointer: '/title', required: true },
      {
        name: 'ownerOrganisationId',
        label: t('Ansvarlig organisation', 'Owner organisation'),
        pointer: '/ownerOrganisationId',
        required: true,
        options: organisations,
      },
      { name: 'ownerName', label: t('Ansvarlig person', 'Owner'), pointer: '/ownerName', required: true },
      { name: 'dueDate', label: t('Frist', 'Due'), pointer: '/dueDate', kind: 'date', required: true },
    ],
    body: ({ title, ownerOrganisationId, ownerName, dueDate }) => ({
      title,
      ownerOrganisationId,
      ownerName,
      dueDate,
    }),
  };
}

export function doneForm({ t, base, items }: Context): FormSpec {
  const open = items.filter((item) => !item.doneAt).map((item) => ({ value: item.id, label: item.title }));
  return {
    id: 'complete-action-item',
    heading: t('Markér en opgave løst', 'Mark an action item done'),
    submit: t('Markér løst', 'Mark done'),
    path: (v) => `${base}/action-items/${v['id'] ?? ''}/done`,
    fields: [
      {
        name: 'id',
        label: t('Åben opgave', 'Open action item'),
        pointer: '/id',
        required: true,
        options: open,
      },
    ],
    body: () => undefined,
  };
}
