import { z } from 'zod';
import { pageQuerySchema } from '../pagination.js';
import {
  activityStatusSchema,
  isoDateSchema,
  membershipRoleSchema,
  programmeStatusSchema,
} from './partners-schemas.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const goalInputSchema = z
  .object({
    /** Present for a goal that exists: its id stays stable across edits and reorders. */
    id: z.uuid().optional(),
    title: text(200),
    description: z.string().trim().max(2_000).default(''),
  })
  .strict();

const programmeFields = {
  name: text(200),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens')
    .min(3)
    .max(80),
  problemStatement: text(5_000),
  vision: text(5_000),
  goals: z.array(goalInputSchema).max(30),
  themes: z.array(text(60)).max(20),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  backboneOrganisationId: z.uuid().nullable(),
};

function datesInOrder(
  value: { startDate?: string | null; endDate?: string | null },
  context: z.RefinementCtx,
): void {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    context.addIssue({ code: 'custom', path: ['endDate'], message: 'ends before it starts' });
  }
}

export const createProgrammeSchema = z
  .object({
    ...programmeFields,
    goals: programmeFields.goals.default([]),
    themes: programmeFields.themes.default([]),
    endDate: programmeFields.endDate.default(null),
    backboneOrganisationId: programmeFields.backboneOrganisationId.default(null),
    /** The funding foundation; defaults to the caller's organisation when it is a foundation. */
    funderOrganisationId: z.uuid().optional(),
  })
  .strict()
  .superRefine(datesInOrder);

export type CreateProgramme = z.infer<typeof createProgrammeSchema>;

export const updateProgrammeSchema = z
  .object({ ...programmeFields, status: programmeStatusSchema })
  .omit({ slug: true })
  .partial()
  .strict()
  .superRefine(datesInOrder)
  .refine((value) => Object.keys(value).length > 0, 'nothing to change');

export type UpdateProgramme = z.infer<typeof updateProgrammeSchema>;

export const goalSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  position: z.number(),
});

export const programmeSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  problemStatement: z.string(),
  vision: z.string(),
  goals: z.array(goalSchema),
  themes: z.array(z.string()),
  startDate: z.string(),
  endDate: z.string().nullable(),
  status: programmeStatusSchema,
  backboneOrganisationId: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});

export type ProgrammeDto = z.infer<typeof programmeSchema>;

export const listProgrammesQuerySchema = pageQuerySchema.extend({
  status: programmeStatusSchema.optional(),
  theme: z.string().trim().min(1).max(60).optional(),
  q: z.string().trim().min(1).max(100).optional(),
});

export type ListProgrammesQuery = z.infer<typeof listProgrammesQuerySchema>;

const uniqueRoles = z
  .array(membershipRoleSchema)
  .min(1)
  .refine((roles) => new Set(roles).size === roles.length, 'each role once');

export const grantMembershipSchema = z
  .object({ organisationId: z.uuid(), roles: uniqueRoles, joinedOn: isoDateSchema.optional() })
  .strict();

export type GrantMembership = z.infer<typeof grantMembershipSchema>;

export const changeMembershipRolesSchema = z.object({ roles: uniqueRoles }).strict();

export const membershipSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  roles: z.array(membershipRoleSchema),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
});

export type MembershipDto = z.infer<typeof membershipSchema>;

export const listMembershipsQuerySchema = pageQuerySchema.extend({
  role: membershipRoleSchema.optional(),
  history: z.enum(['true', 'false']).default('false'),
});

export type ListMembershipsQuery = z.infer<typeof listMembershipsQuerySchema>;

const activityFields = {
  organisationId: z.uuid(),
  title: text(200),
  description: z.string().trim().max(5_000).default(''),
  goalIds: z
    .array(z.uuid())
    .min(1)
    .max(30)
    .refine((ids) => new Set(ids).size === ids.length, 'each goal once'),
  status: activityStatusSchema.default('planned'),
  startDate: isoDateSchema.nullable().default(null),
  endDate: isoDateSchema.nullable().default(null),
};

export const registerActivitySchema = z.object(activityFields).strict().superRefine(datesInOrder);

export type RegisterActivity = z.infer<typeof registerActivitySchema>;

export const updateActivitySchema = z
  .object({
    title: activityFields.title,
    description: z.string().trim().max(5_000),
    goalIds: activityFields.goalIds,
    status: activityStatusSchema,
    startDate: isoDateSchema.nullable(),
    endDate: isoDateSchema.nullable(),
  })
  .partial()
  .strict()
  .superRefine(datesInOrder)
  .refine((value) => Object.keys(value).length > 0, 'nothing to change');

export type UpdateActivity = z.infer<typeof updateActivitySchema>;

export const activitySchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  organisationId: z.uuid(),
  title: z.string(),
  description: z.string(),
  goalIds: z.array(z.uuid()),
  status: activityStatusSchema,
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});

export type ActivityDto = z.infer<typeof activitySchema>;

/** Who works on what: each goal with the members whose activities serve it. */
export const goalMapSchema = z.object({
  programmeId: z.uuid(),
  goals: z.array(
    z.object({
      goalId: z.uuid(),
      title: z.string(),
      members: z.array(
        z.object({ organisationId: z.uuid(), organisationName: z.string(), activityIds: z.array(z.uuid()) }),
      ),
    }),
  ),
  uncoveredGoalIds: z.array(z.uuid()),
});

export type GoalMap = z.infer<typeof goalMapSchema>;
