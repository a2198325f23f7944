import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import {
  applicationFileSchema,
  applicationFormSchema,
  saveApplicationFormSchema,
} from './application-form.dto.js';
import { APPLICANT, APPLICATION_READERS, CALL_FUNDER } from './grants-access-texts.js';
import { ATTACHMENT_FILE_NAME_HEADER, ATTACHMENT_MEDIA_TYPES } from './report-attachment.dto.js';

/** A call's own application form, designed by its foundation and answered by the applicants. */
export const APPLICATION_FORM_OPERATIONS: readonly HttpOperation[] = [
  op.put('saveApplicationForm', '/calls/{callId}/form', {
    summary:
      "Design the call's application form: text (word limit), number, choice (single or several; a single choice may be an eligibility question), file and table questions, each optionally required",
    body: saveApplicationFormSchema,
    ...access(
      `${CALL_FUNDER} Changes the current version in place while no submitted application answers it; once one does, the change becomes the next version (submitted applications keep theirs, drafts follow the newest). 409 once the call has closed.`,
    ).answers(applicationFormSchema, 404, 409, 422),
  }),
  op.get('getApplicationForm', '/calls/{callId}/form', {
    summary: "The call's current application form (version 0 with no questions when it has none)",
    ...access('Any signed-in user, like the call.').answers(applicationFormSchema, 404),
  }),
  op.get('getApplicationFormVersion', '/calls/{callId}/form/versions/{version}', {
    summary:
      "One version of the call's application form, as the applications submitted against it answered it",
    ...access('Any signed-in user, like the call.').answers(applicationFormSchema, 404),
  }),

  op.get('listApplicationFiles', '/applications/{applicationId}/files', {
    summary: 'The files uploaded to an application (what its file questions may answer with), oldest first',
    ...access(APPLICATION_READERS).answers(z.array(applicationFileSchema), 404),
  }),
  op.create('addApplicationFile', '/applications/{applicationId}/files', {
    summary:
      "Upload a file to a draft application, to answer a file question with its id: the body is the file's bytes, its name in the File-Name header",
    body: z.string(),
    bodyType: 'application/octet-stream',
    requestHeaders: [
      {
        name: ATTACHMENT_FILE_NAME_HEADER,
        description:
          "The file's name, percent-encoded UTF-8 as encodeURIComponent writes it; at most 200 characters.",
      },
    ],
    ...access(
      `${APPLICANT} The type is read from the bytes (415 unless ${ATTACHMENT_MEDIA_TYPES.join(', ')}); 413 beyond the size limit; 409 once submitted; 422 for a missing or bad File-Name. Nothing is stored when refused.`,
    ).answers(applicationFileSchema, 404, 409, 413, 415, 422),
  }),
  op.get('downloadApplicationFile', '/applications/{applicationId}/files/{fileId}', {
    summary: 'A file of an application, byte for byte as uploaded; its SHA-256 is checked first',
    description: `${APPLICATION_READERS} 502 when the stored bytes no longer match their SHA-256.`,
    responseType: 'application/octet-stream',
    errors: [404, 502],
  }),
];
