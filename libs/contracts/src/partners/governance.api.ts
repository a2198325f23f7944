import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import {
  actionItemSchema,
  bodySchema,
  createActionItemSchema,
  createBodySchema,
  decisionLogQuerySchema,
  decisionSchema,
  meetingSchema,
  recordDecisionSchema,
  recordMinutesSchema,
  replaceBodyMembersSchema,
  scheduleMeetingSchema,
} from './governance.dto.js';

const BASE = '/programmes/{programmeId}/governance';
const READ = "The programme's current members and platform admins; anyone else gets 404.";
const WRITE =
  "The programme's backbone's coordinators, its funders' foundation officers and platform admins; other members get 403, anyone else 404.";

type Spec = Omit<HttpOperation, 'path' | 'description' | 'errors'> & { path: string };
const reads = (spec: Spec): HttpOperation => ({
  ...spec,
  path: BASE + spec.path,
  description: READ,
  errors: [404],
});
const writes = (spec: Spec): HttpOperation => ({
  ...spec,
  path: BASE + spec.path,
  description: WRITE,
  errors: [404, 422],
});

/** A programme's bodies, meetings, decision log and action items (partners; notifications follows). */
export const GOVERNANCE_OPERATIONS: readonly HttpOperation[] = [
  reads({
    operationId: 'listBodies',
    method: 'get',
    path: '/bodies',
    summary: "The programme's bodies and their members",
    status: 200,
    response: z.array(bodySchema),
  }),
  writes({
    operationId: 'createBody',
    method: 'post',
    path: '/bodies',
    summary: 'Set up a steering group or a working group (per goal) with members and roles',
    body: createBodySchema,
    status: 201,
    response: bodySchema,
  }),
  writes({
    operationId: 'replaceBodyMembers',
    method: 'put',
    path: '/bodies/{bodyId}/members',
    summary: "Replace a body's members and their roles",
    body: replaceBodyMembersSchema,
    status: 200,
    response: bodySchema,
  }),
  reads({
    operationId: 'listMeetings',
    method: 'get',
    path: '/meetings',
    summary: "The programme's meetings, soonest first",
    status: 200,
    response: z.array(meetingSchema),
  }),
  writes({
    operationId: 'scheduleMeeting',
    method: 'post',
    path: '/meetings',
    summary: 'Schedule a meeting of a body with agenda and linked documents',
    body: scheduleMeetingSchema,
    status: 201,
    response: meetingSchema,
  }),
  reads({
    operationId: 'getMeeting',
    method: 'get',
    path: '/meetings/{meetingId}',
    summary: 'One meeting with agenda, documents and minutes',
    status: 200,
    response: meetingSchema,
  }),
  writes({
    operationId: 'recordMinutes',
    method: 'put',
    path: '/meetings/{meetingId}/minutes',
    summary: "Record (or correct) a meeting's minutes",
    body: recordMinutesSchema,
    status: 200,
    response: meetingSchema,
  }),
  reads({
    operationId: 'listDecisions',
    method: 'get',
    path: '/decisions',
    summary: 'The decision log, newest first, optionally of one goal or activity',
    query: decisionLogQuerySchema,
    status: 200,
    response: z.array(decisionSchema),
  }),
  writes({
    operationId: 'recordDecision',
    method: 'post',
    path: '/decisions',
    summary: 'Enter a decision in the log, linked to goals, activities, indicators and awards',
    body: recordDecisionSchema,
    status: 201,
    response: decisionSchema,
  }),
  reads({
    operationId: 'listActionItems',
    method: 'get',
    path: '/action-items',
    summary: 'Action items, open first by due date',
    status: 200,
    response: z.array(actionItemSchema),
  }),
  writes({
    operationId: 'createActionItem',
    method: 'post',
    path: '/action-items',
    summary: 'Give an action item to an owner with a due date (reminded before it is due)',
    body: createActionItemSchema,
    status: 201,
    response: actionItemSchema,
  }),
  writes({
    operationId: 'completeActionItem',
    method: 'post',
    path: '/action-items/{actionItemId}/done',
    summary: 'Mark an action item done',
    status: 200,
    response: actionItemSchema,
  }),
];
