import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CURRENT_HEALTH_CHECK_VERSION,
  healthCheckActionRecordedV1,
  healthCheckRoundClosedV1,
  healthCheckRoundOpenedV1,
  type AnswerHealthCheck,
  type HealthCheckActionDto,
  type HealthCheckQuestionnaireDto,
  type HealthCheckResultsDto,
  type HealthCheckRoundDto,
  type OpenHealthCheckRound,
  type RecordHealthCheckAction,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { partnersConfig } from '../config.js';
import { ownerErrors } from '../governance/governance.rules.js';
import { GovernanceStore } from '../governance/governance.store.js';
import { ProgrammeAccess, todayInDenmark } from '../programmes/programme-access.js';
import {
  actionRecordedEvent,
  answerErrors,
  itemsOf,
  minimumErrors,
  minimumOf,
  openRoundErrors,
  questionnaireOf,
  requireRespondent,
  roundClosedEvent,
  roundDto,
  roundNotFound,
  roundOpenedEvent,
  roundResult,
  roundStatus,
  storedAnswers,
  type RoundRecord,
} from './health-check.rules.js';
import { HealthCheckStore } from './health-check.store.js';

/** The health check of a programme: the backbone (and funders) open and close rounds and record actions, members answer. */
@Injectable()
export class HealthCheckService {
  private readonly minResponses = partnersConfig().HEALTH_CHECK_MIN_RESPONSES;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: ProgrammeAccess,
  ) {}

  async rounds(principal: Principal, programmeId: string): Promise<HealthCheckRoundDto[]> {
    await this.access.view(principal, programmeId);
    const store = new HealthCheckStore(this.dataSource.manager);
    const rounds = await store.rounds(programmeId);
    const answered = await store.answeredBy(
      principal.subject,
      rounds.map((round) => round.id),
    );
    const today = todayInDenmark();
    return rounds.map((round) => roundDto(round, today, answered.has(round.id)));
  }

  openRound(
    principal: Principal,
    programmeId: string,
    command: OpenHealthCheckRound,
  ): Promise<HealthCheckRoundDto> {
    return this.write(principal, programmeId, async (store, manager) => {
      const errors = [
        ...openRoundErrors(command.closesOn, todayInDenmark()),
        ...minimumErrors(command.minResponses, this.minResponses),
      ];
      if (errors.length > 0) throw new ValidationFailed(errors);
      const round = {
        id: randomUUID(),
        programmeId,
        title: command.title,
        opensOn: command.opensOn,
        closesOn: command.closesOn,
        itemSetVersion: CURRENT_HEALTH_CHECK_VERSION,
        minResponses: minimumOf(command.minResponses, this.minResponses),
      };
      await store.insertRound(round);
      const stored = await this.round(store, programmeId, round.id);
      await this.outbox.record(
        manager,
        healthCheckRoundOpenedV1,
        roundOpenedEvent(stored, await store.memberIds(programmeId)),
        { subject: programmeId, programmeId },
      );
      return roundDto(stored, todayInDenmark(), false);
    });
  }

  closeRound(principal: Principal, programmeId: string, roundId: string): Promise<HealthCheckRoundDto> {
    return this.write(principal, programmeId, async (store, manager) => {
      const round = await this.round(store, programmeId, roundId, true);
      if (round.closedAt === null) await this.close(store, manager, round, new Date());
      return roundDto(await this.round(store, programmeId, roundId), todayInDenmark(), false);
    });
  }

  /** Closes the rounds whose closing date has passed (the closer's round); answers how many. */
  async closeDue(manager: EntityManager, now: Date): Promise<number> {
    const store = new HealthCheckStore(manager);
    const due = await store.dueToClose(todayInDenmark());
    for (const round of due) await this.close(store, manager, round, now);
    return due.length;
  }

  async questionnaire(
    principal: Principal,
    programmeId: string,
    roundId: string,
  ): Promise<HealthCheckQuestionnaireDto> {
    const view = await this.access.view(principal, programmeId);
    const store = new HealthCheckStore(this.dataSource.manager);
    const round = await this.round(store, programmeId, roundId);
    const answered = (await store.answeredBy(principal.subject, [roundId])).has(roundId);
    const dto = roundDto(round, todayInDenmark(), answered);
    const respondent = !principal.isServiceAccount && view.callerRoles.size > 0;
    return questionnaireOf(dto, itemsOf(round), respondent && dto.status === 'open' && !answered);
  }

  /**
   * Stores one person's answers without them: the response row has the round and the answers
   * only, and the respondent row (who answered) is what stops a second answer.
   */
  answer(
    principal: Principal,
    programmeId: string,
    roundId: string,
    command: AnswerHealthCheck,
  ): Promise<{ roundId: string; responseCount: number }> {
    return this.dataSource.transaction(async (manager) => {
      const view = await this.access.view(principal, programmeId, manager);
      requireRespondent(principal, view.callerRoles);
      const store = new HealthCheckStore(manager);
      // Locked, so that a close (which rewrites the responses) waits for this answer or refuses it.
      const round = await this.round(store, programmeId, roundId, true);
      if (roundStatus(round, todayInDenmark()) !== 'open')
        throw new DomainError('conflict', `The round ${round.title} is not open for answers.`);
      const items = itemsOf(round);
      const errors = answerErrors(items, command.answers);
      if (errors.length > 0) throw new ValidationFailed(errors);
      if (!(await store.markAnswered(roundId, principal.subject)))
        throw new DomainError('conflict', 'You have already answered this round.');
      await store.insertResponse(roundId, storedAnswers(items, command.answers));
      return { roundId, responseCount: round.responseCount + 1 };
    });
  }

  async results(principal: Principal, programmeId: string): Promise<HealthCheckResultsDto> {
    await this.access.view(principal, programmeId);
    const store = new HealthCheckStore(this.dataSource.manager);
    const today = todayInDenmark();
    const rounds = (await store.rounds(programmeId)).reverse();
    const shown = rounds.filter(
      (round) => roundStatus(round, today) === 'closed' && round.responseCount >= round.minResponses,
    );
    const tallies = await store.tallies(shown.map((round) => round.id));
    return {
      programmeId,
      rounds: rounds.map((round) => roundResult(round, today, itemsOf(round), tallies)),
    };
  }

  async actions(principal: Principal, programmeId: string): Promise<HealthCheckActionDto[]> {
    await this.access.view(principal, programmeId);
    return new HealthCheckStore(this.dataSource.manager).actions(programmeId);
  }

  recordAction(
    principal: Principal,
    programmeId: string,
    command: RecordHealthCheckAction,
  ): Promise<HealthCheckActionDto> {
    return this.write(principal, programmeId, async (store, manager) => {
      const errors = ownerErrors(
        command.ownerOrganisationId,
        await new GovernanceStore(manager).facts(programmeId),
      );
      if (command.roundId && (await store.rounds(programmeId, command.roundId)).length === 0)
        errors.push({ pointer: '/roundId', detail: 'not a health check round of the programme' });
      if (errors.length > 0) throw new ValidationFailed(errors);
      const id = randomUUID();
      await store.insertAction(id, programmeId, command);
      const [action] = await store.actions(programmeId, id);
      if (!action) throw new Error(`health check action ${id} was not stored`);
      await this.outbox.record(manager, healthCheckActionRecordedV1, actionRecordedEvent(action), {
        subject: programmeId,
        programmeId,
      });
      return action;
    });
  }

  private async close(store: HealthCheckStore, manager: EntityManager, round: RoundRecord, at: Date) {
    await store.close(round.id, at);
    await this.outbox.record(manager, healthCheckRoundClosedV1, roundClosedEvent(round, at.toISOString()), {
      subject: round.programmeId,
      programmeId: round.programmeId,
    });
  }

  private async round(
    store: HealthCheckStore,
    programmeId: string,
    roundId: string,
    lock = false,
  ): Promise<RoundRecord> {
    const [round] = await store.rounds(programmeId, roundId, lock);
    if (!round) throw roundNotFound(roundId);
    return round;
  }

  private write<T>(
    principal: Principal,
    programmeId: string,
    work: (store: HealthCheckStore, manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.manage(principal, programmeId, manager);
      return work(new HealthCheckStore(manager), manager);
    });
  }
}
