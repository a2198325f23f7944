import type { EntityManager } from 'typeorm';
import type { NotificationCategory, NotificationLanguage } from '@samvirke/contracts';
import type { Role } from '@samvirke/auth';
import { AWARD_SHARE_RULES } from './award-share-rules.js';
import { formatDate, formatOre } from './templates.js';

/** Who hears of an event: an organisation's users with one role ('*': every user of it). */
export interface Audience {
  readonly organisationIds: readonly string[];
  readonly role: Role | '*';
}

export interface RuleOutcome {
  readonly audiences: readonly Audience[];
  readonly variables: (language: NotificationLanguage) => Record<string, string>;
}

export interface NotificationRule {
  readonly type: string;
  readonly template: string;
  readonly category: NotificationCategory;
  readonly resolve: (data: Record<string, unknown>, lookup: DirectoryLookup) => Promise<RuleOutcome>;
}

/** Notifications' own copy of partners' data, read inside the consumer's transaction. */
export class DirectoryLookup {
  constructor(private readonly manager: EntityManager) {}

  async organisationName(id: string): Promise<string> {
    const [row] = await this.manager.query<{ name: string }[]>(
      `SELECT name FROM known_organisation WHERE id = $1`,
      [id],
    );
    return row?.name ?? id;
  }

  async programme(id: string): Promise<{ name: string; backboneOrganisationId: string | null }> {
    const [row] = await this.manager.query<{ name: string; backbone_organisation_id: string | null }[]>(
      `SELECT name, backbone_organisation_id FROM known_programme WHERE id = $1`,
      [id],
    );
    return { name: row?.name ?? id, backboneOrganisationId: row?.backbone_organisation_id ?? null };
  }

  /** The programme's backbone organisations: the programme's backbone and members with the backbone role. */
  async backbones(programmeId: string): Promise<string[]> {
    const rows = await this.manager.query<{ organisation_id: string }[]>(
      `SELECT organisation_id FROM programme_member
        WHERE programme_id = $1 AND left_on IS NULL AND 'backbone' = ANY(roles)
       UNION
       SELECT backbone_organisation_id FROM known_programme WHERE id = $1 AND backbone_organisation_id IS NOT NULL`,
      [programmeId],
    );
    return rows.map((row) => row.organisation_id);
  }
}

const text = (data: Record<string, unknown>, key: string): string => {
  const value = data[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
};
const ids = (data: Record<string, unknown>, key: string): string[] => {
  const value = data[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
};

/** Programme, organisation and period, as reporting and submission events carry them. */
async function reportingVariables(data: Record<string, unknown>, lookup: DirectoryLookup) {
  const programme = await lookup.programme(text(data, 'programmeId'));
  const organisationName = await lookup.organisationName(text(data, 'organisationId'));
  return {
    programme,
    base: (language: NotificationLanguage) => ({
      programmeName: programme.name,
      organisationName,
      period: text(data, 'period'),
      version: text(data, 'version'),
      dueDate: data['dueDate'] ? formatDate(text(data, 'dueDate'), language) : '',
    }),
  };
}

async function trancheVariables(data: Record<string, unknown>, lookup: DirectoryLookup) {
  const programme = await lookup.programme(text(data, 'programmeId'));
  const organisationName = await lookup.organisationName(text(data, 'granteeOrganisationId'));
  return (language: NotificationLanguage) => ({
    programmeName: programme.name,
    organisationName,
    title: text(data, 'title'),
    amount: formatOre(Number(data['amountOre'] ?? 0), language),
    earliestDate: data['earliestDate'] ? formatDate(text(data, 'earliestDate'), language) : '',
    paymentReference: text(data, 'paymentReference'),
  });
}

const ROLE_NAMES: Record<NotificationLanguage, Record<string, string>> = {
  da: {
    funder: 'bevillingsgiver',
    backbone: 'backbone',
    'implementing-partner': 'udførende partner',
    'data-provider': 'dataleverandør',
    'knowledge-partner': 'videnspartner',
  },
  en: {
    funder: 'funder',
    backbone: 'backbone',
    'implementing-partner': 'implementing partner',
    'data-provider': 'data provider',
    'knowledge-partner': 'knowledge partner',
  },
};

const reportingRule = (
  type: string,
  template: string,
  category: NotificationCategory,
  audiences: (data: Record<string, unknown>, backbones: string[]) => Audience[],
): NotificationRule => ({
  type,
  template,
  category,
  resolve: async (data, lookup) => {
    const { base } = await reportingVariables(data, lookup);
    const backbones = await lookup.backbones(text(data, 'programmeId'));
    return { audiences: audiences(data, backbones), variables: base };
  },
});

/**
 * Which events notify whom. In-app messages go to an organisation's users with the role named;
 * e-mails go to the same users when notifications has seen them, and to the organisation's
 * contacts from partners (see README.md).
 */
export const NOTIFICATION_RULES: readonly NotificationRule[] = [
  reportingRule(
    'dk.samvirke.measurement.reporting.deadline-approaching.v1',
    'reporting-deadline-approaching',
    'reporting-reminder',
    (data) => [{ organisationIds: [text(data, 'organisationId')], role: 'reporter' }],
  ),
  reportingRule(
    'dk.samvirke.measurement.reporting.overdue.v1',
    'reporting-overdue',
    'reporting-overdue',
    (data, backbones) => [
      { organisationIds: [text(data, 'organisationId')], role: 'reporter' },
      { organisationIds: backbones, role: 'backbone-coordinator' },
    ],
  ),
  reportingRule(
    'dk.samvirke.measurement.submission.submitted.v1',
    'submission-submitted',
    'submission-review',
    (_data, backbones) => [{ organisationIds: backbones, role: 'backbone-coordinator' }],
  ),
  reportingRule(
    'dk.samvirke.measurement.submission.returned.v1',
    'submission-returned',
    'submission-review',
    (data) => [{ organisationIds: [text(data, 'organisationId')], role: 'reporter' }],
  ),
  reportingRule(
    'dk.samvirke.measurement.submission.approved.v1',
    'submission-approved',
    'submission-review',
    (data) => [{ organisationIds: [text(data, 'organisationId')], role: 'reporter' }],
  ),
  {
    type: 'dk.samvirke.partners.membership.granted.v1',
    template: 'membership-granted',
    category: 'programme-membership',
    resolve: async (data, lookup) => {
      const programme = await lookup.programme(text(data, 'programmeId'));
      const organisationName = await lookup.organisationName(text(data, 'organisationId'));
      return {
        audiences: [{ organisationIds: [text(data, 'organisationId')], role: '*' }],
        variables: (language) => ({
          programmeName: programme.name,
          organisationName,
          roles: ids(data, 'roles')
            .map((role) => ROLE_NAMES[language][role] ?? role)
            .join(', '),
        }),
      };
    },
  },
  {
    type: 'dk.samvirke.grants.grant.awarded.v1',
    template: 'grant-awarded',
    category: 'grant-update',
    resolve: async (data, lookup) => {
      const shares = Array.isArray(data['shares'])
        ? (data['shares'] as { funderOrganisationId?: unknown }[])
        : [];
      const funders = shares
        .map((share) => share.funderOrganisationId)
        .filter((id): id is string => typeof id === 'string');
      return {
        audiences: [
          { organisationIds: [text(data, 'granteeOrganisationId')], role: '*' },
          { organisationIds: funders, role: 'foundation-officer' },
        ],
        variables: await trancheVariables(data, lookup),
      };
    },
  },
  {
    type: 'dk.samvirke.grants.tranche.eligible.v1',
    template: 'tranche-eligible',
    category: 'grant-update',
    resolve: async (data, lookup) => ({
      audiences: [{ organisationIds: ids(data, 'funderOrganisationIds'), role: 'foundation-officer' }],
      variables: await trancheVariables(data, lookup),
    }),
  },
  {
    type: 'dk.samvirke.grants.tranche.held.v1',
    template: 'tranche-held',
    category: 'payment-held',
    resolve: async (data, lookup) => ({
      audiences: [
        { organisationIds: ids(data, 'funderOrganisationIds'), role: 'foundation-officer' },
        { organisationIds: [text(data, 'granteeOrganisationId')], role: '*' },
      ],
      variables: await trancheVariables(data, lookup),
    }),
  },
  {
    type: 'dk.samvirke.grants.tranche.paid.v1',
    template: 'tranche-paid',
    category: 'grant-update',
    resolve: async (data, lookup) => ({
      audiences: [{ organisationIds: [text(data, 'granteeOrganisationId')], role: '*' }],
      variables: await trancheVariables(data, lookup),
    }),
  },
  ...AWARD_SHARE_RULES,
];

export const RULES_BY_TYPE = new Map(NOTIFICATION_RULES.map((rule) => [rule.type, rule]));

/** Sample variables for template previews and the template test. */
export const SAMPLE_VARIABLES = (language: NotificationLanguage): Record<string, string> => ({
  programmeName: 'Hjem til Alle Alliancen',
  organisationName: 'Københavns Kommune',
  period: '2026-Q2',
  version: '2',
  dueDate: formatDate('2026-07-31', language),
  roles: language === 'da' ? 'dataleverandør' : 'data provider',
  title: 'Rate 2: efter godkendt indberetning for 2026-Q2',
  amount: formatOre(125_000_000, language),
  earliestDate: formatDate('2026-09-01', language),
  paymentReference: 'BET-2026-0042',
  awardingName: 'Helsefonden',
  funderName: 'Bikubenfonden',
  awardAmount: formatOre(300_000_000, language),
  reason: language === 'da' ? 'Uden for vores strategi i år.' : 'Outside our strategy this year.',
  count: '3',
  items: '- Eksempel 1\n- Eksempel 2\n- Eksempel 3',
});
