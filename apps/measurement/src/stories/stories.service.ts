import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  indicatorStoryWrittenV1,
  learningEntryRecordedV1,
  storyCommentAddedV1,
  type LearningEntryDto,
  type RecordLearning,
  type StoryCommentDto,
  type StoryDto,
  type WriteStory,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { checkStoryPeriod, orderedActions } from './stories.rules.js';
import {
  insertComment,
  insertLearning,
  readStory,
  searchLearning,
  trackedIndicator,
  upsertStory,
  writerOrganisation,
  type StoryKey,
} from './stories.store.js';

/**
 * The story behind the curve (per indicator and period) and the programme's learning log: written
 * and read by the programme's members; each write is an event notifications can follow.
 */
@Injectable()
export class StoriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: MeasurementProgrammeAccess,
  ) {}

  async read(principal: Principal, programmeId: string, code: string, period: string): Promise<StoryDto> {
    await this.access.view(principal, programmeId);
    const manager = this.dataSource.manager;
    return readStory(manager, await this.key(manager, programmeId, code, period));
  }

  async write(
    principal: Principal,
    programmeId: string,
    code: string,
    period: string,
    story: WriteStory,
  ): Promise<StoryDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.view(principal, programmeId, manager);
      const key = await this.key(manager, programmeId, code, period);
      const organisationId = await writerOrganisation(manager, programmeId, principal.organisations);
      await upsertStory(manager, key, orderedActions(story), organisationId);
      await this.outbox.record(
        manager,
        indicatorStoryWrittenV1,
        { programmeId, code, period, organisationId, actions: story.actions.length },
        { subject: programmeId, programmeId },
      );
      return readStory(manager, key);
    });
  }

  async comment(
    principal: Principal,
    programmeId: string,
    code: string,
    period: string,
    body: string,
  ): Promise<StoryCommentDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.view(principal, programmeId, manager);
      const key = await this.key(manager, programmeId, code, period);
      const organisationId = await writerOrganisation(manager, programmeId, principal.organisations);
      const comment = await insertComment(manager, key, body, organisationId);
      await this.outbox.record(
        manager,
        storyCommentAddedV1,
        { programmeId, commentId: comment.id, code, period, organisationId },
        { subject: programmeId, programmeId },
      );
      return comment;
    });
  }

  async learning(principal: Principal, programmeId: string, query?: string): Promise<LearningEntryDto[]> {
    await this.access.view(principal, programmeId);
    return searchLearning(this.dataSource.manager, programmeId, query);
  }

  async record(principal: Principal, programmeId: string, entry: RecordLearning): Promise<LearningEntryDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.view(principal, programmeId, manager);
      if (entry.code && !(await trackedIndicator(manager, programmeId, entry.code)))
        throw new ValidationFailed([{ pointer: '/code', detail: 'not an indicator this programme tracks' }]);
      const organisationId = await writerOrganisation(manager, programmeId, principal.organisations);
      const recorded = await insertLearning(manager, programmeId, entry, organisationId);
      await this.outbox.record(
        manager,
        learningEntryRecordedV1,
        { programmeId, entryId: recorded.id, title: recorded.title, code: recorded.code, organisationId },
        { subject: programmeId, programmeId },
      );
      return recorded;
    });
  }

  /** The story's key: an indicator the programme tracks and a period of its frequency. */
  private async key(
    manager: EntityManager,
    programmeId: string,
    code: string,
    period: string,
  ): Promise<StoryKey> {
    const indicator = await trackedIndicator(manager, programmeId, code);
    if (!indicator) throw new DomainError('not-found', `The programme does not track an indicator ${code}.`);
    checkStoryPeriod(indicator.frequency, period);
    return { programmeId, indicatorId: indicator.id, code, period };
  }
}
