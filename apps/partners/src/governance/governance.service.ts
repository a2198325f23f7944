import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  meetingScheduledV1,
  type BodyDto,
  type CreateBody,
  type MeetingDto,
  type ScheduleMeeting,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { ProgrammeAccess } from '../programmes/programme-access.js';
import {
  bodyErrors,
  invalid,
  meetingScheduledEvent,
  memberErrors,
  notFound,
  requireValid,
} from './governance.rules.js';
import { GovernanceStore } from './governance.store.js';

/** A programme's bodies and their meetings: the backbone (and funders) write, members read. */
@Injectable()
export class GovernanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: ProgrammeAccess,
  ) {}

  async listBodies(principal: Principal, programmeId: string): Promise<BodyDto[]> {
    await this.access.view(principal, programmeId);
    return new GovernanceStore(this.dataSource.manager).bodies(programmeId);
  }

  createBody(principal: Principal, programmeId: string, command: CreateBody): Promise<BodyDto> {
    return this.write(principal, programmeId, async (store) => {
      requireValid(bodyErrors(command, await store.facts(programmeId)));
      const id = randomUUID();
      await store.insertBody(id, programmeId, command);
      return this.body(store, programmeId, id);
    });
  }

  replaceMembers(
    principal: Principal,
    programmeId: string,
    bodyId: string,
    members: CreateBody['members'],
  ): Promise<BodyDto> {
    return this.write(principal, programmeId, async (store) => {
      await this.body(store, programmeId, bodyId);
      requireValid(memberErrors(members, await store.facts(programmeId)));
      await store.replaceMembers(bodyId, members);
      return this.body(store, programmeId, bodyId);
    });
  }

  async listMeetings(principal: Principal, programmeId: string, meetingId?: string): Promise<MeetingDto[]> {
    await this.access.view(principal, programmeId);
    const meetings = await new GovernanceStore(this.dataSource.manager).meetings(programmeId, meetingId);
    if (meetingId && meetings.length === 0) throw notFound('meeting', meetingId);
    return meetings;
  }

  scheduleMeeting(principal: Principal, programmeId: string, command: ScheduleMeeting): Promise<MeetingDto> {
    return this.write(principal, programmeId, async (store, manager) => {
      const [body] = await store.bodies(programmeId, command.bodyId);
      if (!body) throw invalid('/bodyId', 'not a body of the programme');
      const id = randomUUID();
      await store.insertMeeting(id, programmeId, command);
      const [meeting] = await store.meetings(programmeId, id);
      if (!meeting) throw notFound('meeting', id);
      const members = body.members.map((member) => member.organisationId);
      await this.outbox.record(manager, meetingScheduledV1, meetingScheduledEvent(meeting, members), {
        subject: programmeId,
        programmeId,
      });
      return meeting;
    });
  }

  recordMinutes(
    principal: Principal,
    programmeId: string,
    meetingId: string,
    minutes: string,
  ): Promise<MeetingDto> {
    return this.write(principal, programmeId, async (store) => {
      if (!(await store.recordMinutes(programmeId, meetingId, minutes))) throw notFound('meeting', meetingId);
      const [meeting] = await store.meetings(programmeId, meetingId);
      if (!meeting) throw notFound('meeting', meetingId);
      return meeting;
    });
  }

  private async body(store: GovernanceStore, programmeId: string, bodyId: string): Promise<BodyDto> {
    const [body] = await store.bodies(programmeId, bodyId);
    if (!body) throw notFound('body', bodyId);
    return body;
  }

  private write<T>(
    principal: Principal,
    programmeId: string,
    work: (store: GovernanceStore, manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.manage(principal, programmeId, manager);
      return work(new GovernanceStore(manager), manager);
    });
  }
}
