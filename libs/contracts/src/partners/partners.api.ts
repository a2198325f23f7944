import { auditOperations } from '../operations/audit.api.js';
import { z } from 'zod';
import { IDENTITY_PROVIDERS_OPERATIONS } from '../federation/identity-providers.api.js';
import { PRIVILEGE_ROLES_OPERATIONS } from '../federation/privilege-roles.api.js';
import type { ServiceApi } from '../http/http-operation.js';
import { access, answers, op } from '../http/operation-builder.js';
import { pageSchema } from '../pagination.js';
import { DATA_SUBJECT_REQUEST_OPERATIONS } from '../privacy/data-subject-requests.api.js';
import { ANNOUNCEMENT_OPERATIONS } from './announcements.api.js';
import { CONTACT_ACCESS_OPERATIONS } from './contact-access.api.js';
import { GOVERNANCE_OPERATIONS } from './governance.api.js';
import { HEALTH_CHECK_OPERATIONS } from './health-check.api.js';
import { addContactSchema, contactSchema, programmeMemberPeopleSchema } from './contact.dto.js';
import {
  listOrganisationsQuerySchema,
  organisationSchema,
  registerOrganisationSchema,
  updateOrganisationSchema,
} from './organisation.dto.js';
import {
  activitySchema,
  changeMembershipRolesSchema,
  createProgrammeSchema,
  goalMapSchema,
  grantMembershipSchema,
  listMembershipsQuerySchema,
  listProgrammesQuerySchema,
  membershipSchema,
  programmeSchema,
  registerActivitySchema,
  updateActivitySchema,
  updateProgrammeSchema,
} from './programme.dto.js';

const PROGRAMME_ACCESS =
  "Visible to the programme's current members and platform admins; anyone else gets 404. Changed by its funders' foundation officers, its backbone's coordinators and platform admins.";

/** Every HTTP operation of the partners service (the OpenAPI document is built from this list). */
export const PARTNERS_API: ServiceApi = {
  name: 'partners',
  prefix: '/api/partners',
  operations: [
    op.create('registerOrganisation', '/organisations', {
      summary: 'Register an organisation (platform admins)',
      body: registerOrganisationSchema,
      ...answers(organisationSchema, 409),
    }),
    op.get('listOrganisations', '/organisations', {
      summary: 'List organisations with filters and search',
      query: listOrganisationsQuerySchema,
      ...answers(pageSchema(organisationSchema)),
    }),
    op.get('getOrganisation', '/organisations/{id}', {
      summary: 'One organisation',
      ...answers(organisationSchema, 404),
    }),
    op.patch('updateOrganisation', '/organisations/{id}', {
      summary: 'Change or archive an organisation (platform admins)',
      body: updateOrganisationSchema,
      ...answers(organisationSchema, 404, 409),
    }),
    op.get('listContacts', '/organisations/{organisationId}/contacts', {
      summary: "An organisation's named contacts (its own users and platform admins)",
      ...answers(z.array(contactSchema), 404),
    }),
    op.create('addContact', '/organisations/{organisationId}/contacts', {
      summary: 'Add a named contact',
      body: addContactSchema,
      ...answers(contactSchema, 404, 422),
    }),
    op.delete('removeContact', '/organisations/{organisationId}/contacts/{contactId}', {
      summary: 'Remove a named contact',
      errors: [404],
    }),
    op.create('createProgramme', '/programmes', {
      summary: 'Create a programme; the foundation becomes its first funder',
      body: createProgrammeSchema,
      ...answers(programmeSchema, 409, 422),
    }),
    op.get('listProgrammes', '/programmes', {
      summary: "Programmes the caller's organisations take part in",
      query: listProgrammesQuerySchema,
      ...answers(pageSchema(programmeSchema)),
    }),
    op.get('getProgramme', '/programmes/{id}', {
      summary: 'A programme and its common agenda',
      ...access(PROGRAMME_ACCESS).answers(programmeSchema, 404),
    }),
    op.patch('updateProgramme', '/programmes/{id}', {
      summary: 'Change the agenda, goals (ids kept), dates, status or backbone',
      body: updateProgrammeSchema,
      ...access(PROGRAMME_ACCESS).answers(programmeSchema, 404, 422),
    }),
    op.get('listMembers', '/programmes/{programmeId}/members', {
      summary: 'Current members, or the whole history',
      query: listMembershipsQuerySchema,
      ...access(PROGRAMME_ACCESS).answers(pageSchema(membershipSchema), 404),
    }),
    op.create('grantMembership', '/programmes/{programmeId}/members', {
      summary: 'Make an organisation a member with roles',
      body: grantMembershipSchema,
      ...access(PROGRAMME_ACCESS).answers(membershipSchema, 404, 409, 422),
    }),
    op.put('changeMembershipRoles', '/programmes/{programmeId}/members/{organisationId}/roles', {
      summary: "Change a member's roles (ends the old membership, starts a new one)",
      body: changeMembershipRolesSchema,
      ...access(PROGRAMME_ACCESS).answers(membershipSchema, 404, 409),
    }),
    op.delete('revokeMembership', '/programmes/{programmeId}/members/{organisationId}', {
      summary: 'End a membership (kept as history)',
      description: PROGRAMME_ACCESS,
      errors: [404, 409],
    }),
    op.get('listProgrammePeople', '/programmes/{programmeId}/people', {
      summary: "Who is who: each current member's roles and named contacts",
      ...access(
        `${PROGRAMME_ACCESS} The members' contacts are shown to the programme's own members only.`,
      ).answers(z.array(programmeMemberPeopleSchema), 404),
    }),
    op.get('listActivities', '/programmes/{programmeId}/activities', {
      summary: "The members' activities",
      query: z.object({ organisationId: z.uuid().optional(), goalId: z.uuid().optional() }),
      ...access(PROGRAMME_ACCESS).answers(z.array(activitySchema), 404),
    }),
    op.create('registerActivity', '/programmes/{programmeId}/activities', {
      summary: "Record a member's activity and the goals it serves (managers, or the member's own staff)",
      body: registerActivitySchema,
      ...answers(activitySchema, 404, 422),
    }),
    op.patch('updateActivity', '/programmes/{programmeId}/activities/{activityId}', {
      summary: "Change an activity's goals, status or period",
      body: updateActivitySchema,
      ...answers(activitySchema, 404, 422),
    }),
    op.get('getGoalMap', '/programmes/{programmeId}/goal-map', {
      summary: 'Goals × members: who works on what, and which goals nobody works on',
      ...access(PROGRAMME_ACCESS).answers(goalMapSchema, 404),
    }),
    ...ANNOUNCEMENT_OPERATIONS,
    ...GOVERNANCE_OPERATIONS,
    ...HEALTH_CHECK_OPERATIONS,
    ...auditOperations('partners'),
    ...PRIVILEGE_ROLES_OPERATIONS,
    ...IDENTITY_PROVIDERS_OPERATIONS,
    ...DATA_SUBJECT_REQUEST_OPERATIONS,
    ...CONTACT_ACCESS_OPERATIONS,
  ],
};
