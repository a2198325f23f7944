import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import {
  answerHealthCheckSchema,
  healthCheckActionSchema,
  healthCheckAnsweredSchema,
  healthCheckQuestionnaireSchema,
  healthCheckResultsSchema,
  healthCheckRoundSchema,
  openHealthCheckRoundSchema,
  recordHealthCheckActionSchema,
} from './health-check.dto.js';

const BASE = '/programmes/{programmeId}/health-check';
const READERS = "The programme's current members and platform admins; anyone else gets 404.";
const MANAGERS =
  "The programme's backbone's coordinators, its funders' foundation officers and platform admins; other members get 403, anyone else 404.";

/** The collective impact health check of a programme (partners; notifications tells of open rounds). */
export const HEALTH_CHECK_OPERATIONS: readonly HttpOperation[] = [
  op.get('listHealthCheckRounds', `${BASE}/rounds`, {
    summary: "The programme's health check rounds, newest first, with response counts",
    ...access(READERS).answers(z.array(healthCheckRoundSchema), 404),
  }),
  op.create('openHealthCheckRound', `${BASE}/rounds`, {
    summary: 'Open a round of the health check for the programme’s members, between two dates',
    body: openHealthCheckRoundSchema,
    ...access(MANAGERS).answers(healthCheckRoundSchema, 404, 422),
  }),
  op.post('closeHealthCheckRound', `${BASE}/rounds/{roundId}/close`, {
    summary: 'Close a round before its closing date (again changes nothing)',
    ...access(MANAGERS).answers(healthCheckRoundSchema, 404),
  }),
  op.get('getHealthCheckQuestionnaire', `${BASE}/rounds/{roundId}/questionnaire`, {
    summary: "A round's items in Danish and English, the scale, and whether the caller may answer",
    ...access(READERS).answers(healthCheckQuestionnaireSchema, 404),
  }),
  op.create('answerHealthCheck', `${BASE}/rounds/{roundId}/responses`, {
    summary: 'Answer an open round, once per person; the answers are stored without the person',
    body: answerHealthCheckSchema,
    ...access(
      "People of the programme's current member organisations (not platform admins outside them, not machine clients: 403); anyone else gets 404. A second answer gets 409, a round that is not open 409.",
    ).answers(healthCheckAnsweredSchema, 404, 409, 422),
  }),
  op.get('getHealthCheckResults', `${BASE}/results`, {
    summary:
      'Mean and distribution per condition for every round, shown once a round is closed with at least its minimum number of responses',
    ...access(READERS).answers(healthCheckResultsSchema, 404),
  }),
  op.get('listHealthCheckActions', `${BASE}/actions`, {
    summary: "The backbone's follow-up actions per condition, soonest due first",
    ...access(READERS).answers(z.array(healthCheckActionSchema), 404),
  }),
  op.create('recordHealthCheckAction', `${BASE}/actions`, {
    summary: 'Record a follow-up action on a condition, with owner and due date',
    body: recordHealthCheckActionSchema,
    ...access(MANAGERS).answers(healthCheckActionSchema, 404, 422),
  }),
];
