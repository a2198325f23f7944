import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import { applicationFormSchema, saveApplicationFormSchema } from './application-form.dto.js';
import { CALL_FUNDER } from './grants-access-texts.js';

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
    summary: 'One version of the call\'s application form, as the applications submitted against it answered it',
    ...access('Any signed-in user, like the call.').answers(applicationFormSchema, 404),
  }),
];
