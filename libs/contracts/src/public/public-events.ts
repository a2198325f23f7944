import { publicGrantAwardedV1 } from './grant-awarded.v1.js';
import { publicPaymentRecordedV1 } from './payment-recorded.v1.js';
import { publicPaymentRecordedV2 } from './payment-recorded.v2.js';
import { publicTrancheEligibleV1 } from './tranche-eligible.v1.js';
import { publicTrancheEligibleV2 } from './tranche-eligible.v2.js';
import { publicOrganisationRegisteredV1 } from './organisation-registered.v1.js';
import { publicOrganisationUpdatedV1 } from './organisation-updated.v1.js';
import { publicProgrammeCreatedV1 } from './programme-created.v1.js';
import { publicProgrammeUpdatedV1 } from './programme-updated.v1.js';
import { publicProgressUpdatedV1 } from './progress-updated.v1.js';
import { publicReportingPeriodClosedV1 } from './reporting-period-closed.v1.js';
import { publicReportingPeriodOpenedV1 } from './reporting-period-opened.v1.js';

/** The curated public events integrations receive (feed and public Kafka topics). */
export const PUBLIC_EVENTS = [
  publicOrganisationRegisteredV1,
  publicOrganisationUpdatedV1,
  publicProgrammeCreatedV1,
  publicProgrammeUpdatedV1,
  publicReportingPeriodOpenedV1,
  publicReportingPeriodClosedV1,
  publicProgressUpdatedV1,
  publicGrantAwardedV1,
  publicTrancheEligibleV1,
  publicPaymentRecordedV1,
  publicTrancheEligibleV2,
  publicPaymentRecordedV2,
] as const;

export type PublicEventDefinition = (typeof PUBLIC_EVENTS)[number];
export type PublicEventType = PublicEventDefinition['type'];

export const PUBLIC_EVENT_TYPES: readonly string[] = PUBLIC_EVENTS.map((definition) => definition.type);

/**
 * Property names that would carry personal data. Public schemas may name organisations and
 * programmes (`name`), never people, and never identities from tokens.
 */
export const PERSONAL_DATA_FIELD =
  /(e-?mail|phone|mobile|tele?fon|user(name|id)?$|^sub$|subject|first.?name|last.?name|full.?name|given.?name|family.?name|person|contact|cpr|birth|address|principal|reviewer|officer)/i;
