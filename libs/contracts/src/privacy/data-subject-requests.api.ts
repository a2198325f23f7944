import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import {
  dataSubjectExportSchema,
  dataSubjectRequestSchema,
  openDataSubjectRequestSchema,
} from './data-subject-request.dto.js';

const ADMINS = 'Platform admins only; every read and change is in the audit trail.';
const REQUEST = '/data-subject-requests/{requestId}';

/** Data subject requests (GDPR art. 15 and 17), owned by partners, answered by every service. */
export const DATA_SUBJECT_REQUEST_OPERATIONS: readonly HttpOperation[] = [
  {
    operationId: 'openDataSubjectRequest',
    method: 'post',
    path: '/data-subject-requests',
    summary: 'Open an access or erasure request for a person, found by e-mail (and username)',
    description: `${ADMINS} Erasure deletes the Keycloak account and partners' data at once; the other services follow through events.`,
    body: openDataSubjectRequestSchema,
    status: 201,
    response: dataSubjectRequestSchema,
    errors: [422],
  },
  {
    operationId: 'listDataSubjectRequests',
    method: 'get',
    path: '/data-subject-requests',
    summary: 'Data subject requests, newest first, with each service’s progress',
    description: ADMINS,
    status: 200,
    response: z.array(dataSubjectRequestSchema),
  },
  {
    operationId: 'getDataSubjectRequest',
    method: 'get',
    path: REQUEST,
    summary: 'One request: its progress and receipt',
    description: ADMINS,
    status: 200,
    response: dataSubjectRequestSchema,
    errors: [404],
  },
  {
    operationId: 'exportDataSubjectData',
    method: 'get',
    path: `${REQUEST}/export`,
    summary:
      'A completed access request’s export: everything held about the person, as JSON (the portal also writes it as a PDF)',
    description: ADMINS,
    status: 200,
    response: dataSubjectExportSchema,
    errors: [404, 409],
  },
  {
    operationId: 'closeDataSubjectRequest',
    method: 'delete',
    path: `${REQUEST}/export`,
    summary: 'Close an access request: its key is erased, so the export is unreadable everywhere',
    description: ADMINS,
    status: 204,
    errors: [404],
  },
];
