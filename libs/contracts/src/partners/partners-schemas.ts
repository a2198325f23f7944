import { z } from 'zod';
import { cvrSchema, kommunekodeSchema, organisationTypeSchema } from '../shared-schemas.js';

export const MEMBERSHIP_ROLES = [
  'funder',
  'backbone',
  'implementing-partner',
  'data-provider',
  'knowledge-partner',
] as const;
export const membershipRoleSchema = z.enum(MEMBERSHIP_ROLES);
export type MembershipRole = z.infer<typeof membershipRoleSchema>;

export const PROGRAMME_STATUSES = ['planning', 'active', 'closed'] as const;
export const programmeStatusSchema = z.enum(PROGRAMME_STATUSES);
export type ProgrammeStatus = z.infer<typeof programmeStatusSchema>;

export const ACTIVITY_STATUSES = ['planned', 'ongoing', 'completed', 'paused', 'cancelled'] as const;
export const activityStatusSchema = z.enum(ACTIVITY_STATUSES);
export type ActivityStatus = z.infer<typeof activityStatusSchema>;

/** A calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();

/** A programme goal as events carry it: stable id, title and place in the order. */
export const goalSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  position: z.number().int().nonnegative(),
});

/** What organisation.registered and organisation.updated both carry about the organisation. */
export const organisationFactsSchema = z.object({
  organisationId: z.uuid(),
  name: z.string().min(1),
  type: organisationTypeSchema,
  cvr: cvrSchema.nullable(),
  kommunekode: kommunekodeSchema.nullable(),
  /**
   * The organisation this one is a sub-unit of (a forvaltning or institution under a municipality);
   * null or absent for an organisation that stands on its own. Absent in events from before it.
   */
  parentOrganisationId: z.uuid().nullable().optional(),
});

/** What programme.created and programme.updated carry: the programme's whole public state. */
export const programmeStateSchema = z.object({
  programmeId: z.uuid(),
  slug: z.string(),
  name: z.string(),
  status: programmeStatusSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  backboneOrganisationId: z.uuid().nullable(),
  goals: z.array(goalSummarySchema),
  themes: z.array(z.string()),
});

/** What activity.registered and activity.updated carry: the activity's whole state. */
export const activityStateSchema = z.object({
  activityId: z.uuid(),
  programmeId: z.uuid(),
  organisationId: z.uuid(),
  title: z.string(),
  goalIds: z.array(z.uuid()).min(1),
  status: activityStatusSchema,
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
});
