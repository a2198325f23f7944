import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ApplicationEligibility,
  ApplicationFormDto,
  FormAnswers,
  SaveApplication,
  SaveApplicationForm,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { GrantsAccess } from '../access/grants-access.js';
import { CallsStore } from '../calls/calls.store.js';
import { callStatus } from '../calls/calls.rules.js';
import { answerErrors } from './form-answers.rules.js';
import {
  answersOf,
  eligibilityGateErrors,
  eligibilityOf,
  formErrors,
  mergeAnswers,
  requiredAnswerErrors,
} from './forms.rules.js';
import { FormsStore } from './forms.store.js';

/** What a draft's answers become after a save: all of them, and what the eligibility questions say. */
export interface CheckedAnswers {
  readonly answers: FormAnswers;
  readonly eligibility: ApplicationEligibility;
}

/**
 * A call's application form: its foundation designs it (a version answered by submitted
 * applications stays as it is, a change becomes the next one), applicants answer it.
 */
@Injectable()
export class FormsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: GrantsAccess,
  ) {}

  async save(
    principal: Principal,
    callId: string,
    command: SaveApplicationForm,
  ): Promise<ApplicationFormDto> {
    return this.dataSource.transaction(async (manager) => {
      const call = await new CallsStore(manager).load(callId);
      await this.access.view(manager, principal, call.programme_id);
      await this.access.requireFunderOfficer(
        manager,
        principal,
        call.programme_id,
        call.funder_organisation_id,
      );
      if (callStatus(call) === 'closed')
        throw new DomainError('conflict', 'The call has closed; its form no longer changes.');
      const errors = formErrors(command.questions);
      if (errors.length) throw new ValidationFailed(errors, 'The form does not hold together.');
      const store = new FormsStore(manager);
      const current = await store.current(callId, true);
      if (current.version === 0 || current.locked)
        await store.insert(
          callId,
          current.version + 1,
          command.questions,
          principal.username ?? principal.subject,
        );
      else await store.replace(callId, current.version, command.questions);
      return store.current(callId);
    });
  }

  async current(callId: string): Promise<ApplicationFormDto> {
    const manager = this.dataSource.manager;
    await new CallsStore(manager).load(callId);
    return new FormsStore(manager).current(callId);
  }

  async version(callId: string, version: number): Promise<ApplicationFormDto> {
    const form = Number.isInteger(version)
      ? await new FormsStore(this.dataSource.manager).version(callId, version)
      : undefined;
    if (!form) throw new DomainError('not-found', `The call ${callId} has no form version ${version}.`);
    return form;
  }

  /**
   * A draft's change checked against the call's current form: every answer of the right kind, and
   * nothing but eligibility answers until they let the applicant on (422 naming each).
   */
  async checkDraft(
    manager: EntityManager,
    draft: { callId: string; applicationId: string | null; answers: FormAnswers },
    change: SaveApplication,
  ): Promise<CheckedAnswers> {
    const store = new FormsStore(manager);
    const form = await store.current(draft.callId);
    const fileIds = draft.applicationId ? await store.fileIds(draft.applicationId) : [];
    const errors = answerErrors(form.questions, change.answers ?? {}, fileIds);
    if (errors.length) throw new ValidationFailed(errors, 'Some answers do not fit their questions.');
    const answers = mergeAnswers(draft.answers, change.answers);
    const eligibility = eligibilityOf(form.questions, answers);
    const gate = eligibilityGateErrors(form.questions, eligibility, asksMore(form.questions, change));
    if (gate.length)
      throw new ValidationFailed(gate, 'The eligibility questions stop this application here.');
    return { answers, eligibility };
  }

  /** The answers as submitted: to the current version only, complete, eligible and of the right kind. */
  async checkSubmission(
    manager: EntityManager,
    application: { callId: string; applicationId: string; answers: FormAnswers },
  ): Promise<CheckedAnswers & { version: number | null }> {
    const store = new FormsStore(manager);
    const form = await store.current(application.callId, true);
    const answers = answersOf(form.questions, application.answers);
    const eligibility = eligibilityOf(form.questions, answers);
    const errors = [
      ...answerErrors(form.questions, answers, await store.fileIds(application.applicationId)),
      ...requiredAnswerErrors(form.questions, answers),
      // Unanswered eligibility questions are named as required above; stopping answers with their message.
      ...(eligibility.status === 'ineligible'
        ? eligibilityGateErrors(form.questions, eligibility, true)
        : []),
    ];
    if (errors.length) throw new ValidationFailed(errors, 'The answers to the form are not complete.');
    return { answers, eligibility, version: form.version === 0 ? null : form.version };
  }
}

/** Whether a change asks more than the eligibility questions' answers. */
function asksMore(questions: SaveApplicationForm['questions'], change: SaveApplication): boolean {
  const { answers, ...fields } = change;
  const eligibilityKeys = new Set(
    questions.filter((question) => question.type === 'choice' && question.eligibility).map((q) => q.key),
  );
  const standard = Object.entries(fields).some(
    ([field, value]) => field !== 'applicantOrganisationId' && value !== undefined,
  );
  return standard || Object.keys(answers ?? {}).some((key) => !eligibilityKeys.has(key));
}
