import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  actionItemDueSoonV2,
  decisionRecordedV1,
  type ActionItemDto,
  type CreateActionItem,
  type DecisionDto,
  type RecordDecision,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { ProgrammeAccess } from '../programmes/programme-access.js';
import { DecisionsStore } from './decisions.store.js';
import {
  actionItemOrder,
  decisionRecordedEvent,
  dueSoonEvent,
  invalid,
  linkErrors,
  notFound,
  ownerErrors,
  requireValid,
} from './governance.rules.js';
import { GovernanceStore } from './governance.store.js';

/** The decision log and action items of a programme, and the reminders before items are due. */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: ProgrammeAccess,
  ) {}

  async decisions(
    principal: Principal,
    programmeId: string,
    filter: { goalId?: string; activityId?: string },
  ): Promise<DecisionDto[]> {
    await this.access.view(principal, programmeId);
    return new DecisionsStore(this.dataSource.manager).decisions(programmeId, filter);
  }

  recordDecision(principal: Principal, programmeId: string, command: RecordDecision): Promise<DecisionDto> {
    return this.write(principal, programmeId, command.meetingId, async (store, manager) => {
      requireValid(linkErrors(command.links, await new GovernanceStore(manager).facts(programmeId)));
      const id = randomUUID();
      await store.insertDecision(id, programmeId, command);
      const [decision] = await store.decisions(programmeId, { id });
      if (!decision) throw notFound('decision', id);
      await this.outbox.record(manager, decisionRecordedV1, decisionRecordedEvent(decision), {
        subject: programmeId,
        programmeId,
      });
      return decision;
    });
  }

  async actionItems(principal: Principal, programmeId: string): Promise<ActionItemDto[]> {
    await this.access.view(principal, programmeId);
    const items = await new DecisionsStore(this.dataSource.manager).actionItems(programmeId);
    return items.sort(actionItemOrder);
  }

  createActionItem(
    principal: Principal,
    programmeId: string,
    command: CreateActionItem,
  ): Promise<ActionItemDto> {
    return this.write(principal, programmeId, command.meetingId, async (store, manager) => {
      requireValid(
        ownerErrors(command.ownerOrganisationId, await new GovernanceStore(manager).facts(programmeId)),
      );
      const id = randomUUID();
      await store.insertActionItem(id, programmeId, command);
      return this.item(store, programmeId, id);
    });
  }

  complete(principal: Principal, programmeId: string, id: string): Promise<ActionItemDto> {
    return this.write(principal, programmeId, null, async (store) => {
      await this.item(store, programmeId, id);
      await store.complete(programmeId, id, new Date());
      return this.item(store, programmeId, id);
    });
  }

  /** Reminds the owners of open items due by `horizon`, each once; answers how many. */
  async remindDue(manager: EntityManager, horizon: string, now: Date): Promise<number> {
    const store = new DecisionsStore(manager);
    const due = await store.dueForReminder(horizon);
    for (const item of due) {
      await store.markReminded(item.id, now);
      await this.outbox.record(manager, actionItemDueSoonV2, dueSoonEvent(item), {
        subject: item.programmeId,
        programmeId: item.programmeId,
      });
    }
    return due.length;
  }

  private async item(store: DecisionsStore, programmeId: string, id: string): Promise<ActionItemDto> {
    const [item] = await store.actionItems(programmeId, id);
    if (!item) throw notFound('action item', id);
    return item;
  }

  /** A manager's write in one transaction; a meeting it names must be the programme's. */
  private write<T>(
    principal: Principal,
    programmeId: string,
    meetingId: string | null,
    work: (store: DecisionsStore, manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.manage(principal, programmeId, manager);
      if (meetingId && (await new GovernanceStore(manager).meetings(programmeId, meetingId)).length === 0)
        throw invalid('/meetingId', 'not a meeting of the programme');
      return work(new DecisionsStore(manager), manager);
    });
  }
}
