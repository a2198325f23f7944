import { z } from 'zod';
import { isoDateSchema } from './partners-schemas.js';

/**
 * Governance of a programme: its bodies (a steering group, working groups per goal) and their
 * members, meetings with agenda, documents (linked by address: the house keeps no shared object
 * store outside grants), minutes, a decision log linked to goals, activities, indicators and grants,
 * and action items with an owner and a due date.
 */
export const BODY_KINDS = ['steering-group', 'working-group'] as const;
export const BODY_MEMBER_ROLES = ['chair', 'member', 'secretary', 'observer'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const ids = z.array(z.uuid()).max(50).default([]);
const at = z.iso.datetime({ offset: true });

export const bodyMemberSchema = z
  .object({ organisationId: z.uuid(), personName: text(200), role: z.enum(BODY_MEMBER_ROLES) })
  .strict();

export const createBodySchema = z
  .object({
    kind: z.enum(BODY_KINDS),
    name: text(200),
    /** The programme goal a working group works on. */
    goalId: z.uuid().nullable().default(null),
    members: z.array(bodyMemberSchema).max(100).default([]),
  })
  .strict();
export type CreateBody = z.infer<typeof createBodySchema>;

export const bodySchema = createBodySchema.extend({
  id: z.uuid(),
  programmeId: z.uuid(),
  members: z.array(bodyMemberSchema.extend({ organisationName: z.string() })),
});
export type BodyDto = z.infer<typeof bodySchema>;

export const replaceBodyMembersSchema = z.object({ members: z.array(bodyMemberSchema).max(100) }).strict();

export const documentLinkSchema = z
  .object({ title: text(200), url: z.url({ protocol: /^https?$/ }) })
  .strict();

export const scheduleMeetingSchema = z
  .object({
    bodyId: z.uuid(),
    title: text(200),
    startsAt: at,
    endsAt: at,
    location: z.string().trim().max(300).default(''),
    agenda: z.array(text(500)).max(50).default([]),
    documents: z.array(documentLinkSchema).max(50).default([]),
  })
  .strict()
  .refine((value) => value.endsAt > value.startsAt, { path: ['endsAt'], message: 'ends before it starts' });
export type ScheduleMeeting = z.infer<typeof scheduleMeetingSchema>;

export const meetingSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  title: z.string(),
  startsAt: at,
  endsAt: at,
  location: z.string(),
  agenda: z.array(z.string()),
  documents: z.array(documentLinkSchema),
  minutes: z.string().nullable(),
});
export type MeetingDto = z.infer<typeof meetingSchema>;

export const recordMinutesSchema = z.object({ minutes: text(50_000) }).strict();

/** What a decision is about: the programme's goals and activities, measurement's indicators, grants' awards. */
export const decisionLinksSchema = z
  .object({ goalIds: ids, activityIds: ids, indicatorIds: ids, awardIds: ids })
  .strict();
export type DecisionLinks = z.infer<typeof decisionLinksSchema>;

export const recordDecisionSchema = z
  .object({
    meetingId: z.uuid().nullable().default(null),
    title: text(200),
    text: z.string().trim().max(10_000).default(''),
    decidedOn: isoDateSchema,
    links: decisionLinksSchema.default({ goalIds: [], activityIds: [], indicatorIds: [], awardIds: [] }),
  })
  .strict();
export type RecordDecision = z.infer<typeof recordDecisionSchema>;

export const decisionSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  meetingId: z.uuid().nullable(),
  title: z.string(),
  text: z.string(),
  decidedOn: isoDateSchema,
  links: z.object({
    goalIds: z.array(z.uuid()),
    activityIds: z.array(z.uuid()),
    indicatorIds: z.array(z.uuid()),
    awardIds: z.array(z.uuid()),
  }),
});
export type DecisionDto = z.infer<typeof decisionSchema>;

export const decisionLogQuerySchema = z
  .object({ goalId: z.uuid().optional(), activityId: z.uuid().optional() })
  .strict();

export const createActionItemSchema = z
  .object({
    meetingId: z.uuid().nullable().default(null),
    title: text(300),
    ownerOrganisationId: z.uuid(),
    ownerName: text(200),
    dueDate: isoDateSchema,
  })
  .strict();
export type CreateActionItem = z.infer<typeof createActionItemSchema>;

export const actionItemSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  meetingId: z.uuid().nullable(),
  title: z.string(),
  ownerOrganisationId: z.uuid(),
  ownerOrganisationName: z.string(),
  ownerName: z.string(),
  dueDate: isoDateSchema,
  doneAt: at.nullable(),
  remindedAt: at.nullable(),
});
export type ActionItemDto = z.infer<typeof actionItemSchema>;
