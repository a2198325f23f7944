import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CreateGrantCall, GrantCallDto, OpenCallDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { ValidationFailed } from '@samvirke/platform';
import { GrantsAccess } from '../access/grants-access.js';
import { CallAnnouncer } from './call-announcer.scheduler.js';
import { mayApply, newCallErrors } from './calls.rules.js';
import { CallsStore, toCallDto, toOpenCallDto } from './calls.store.js';

/** Grant calls in a programme, opened by one of its funding foundations. */
@Injectable()
export class GrantCallsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: GrantsAccess,
    private readonly announcer: CallAnnouncer,
  ) {}

  async create(principal: Principal, programmeId: string, command: CreateGrantCall): Promise<GrantCallDto> {
    const dto = await this.dataSource.transaction(async (manager) => {
      await this.access.view(manager, principal, programmeId);
      await this.access.requireFunderOfficer(manager, principal, programmeId, command.funderOrganisationId);
      const errors = newCallErrors(command, Date.now());
      if (errors.length) throw new ValidationFailed(errors);
      const id = randomUUID();
      const criteria = command.criteria.map((criterion) => ({ id: randomUUID(), ...criterion }));
      const store = new CallsStore(manager);
      await store.insert(id, programmeId, command, criteria, principal.subject);
      return toCallDto(await store.load(id));
    });
    // A call whose opening time has passed is announced at once rather than at the next tick.
    if (dto.status === 'open') await this.announcer.runOnce();
    return dto;
  }

  /**
   * A programme's calls, for its members (a hidden programme is not listed, 404). A call itself is an
   * announcement shared by its link: any signed-in user reads it by id and may apply (get()).
   */
  async list(principal: Principal, programmeId: string): Promise<GrantCallDto[]> {
    const manager = this.dataSource.manager;
    await this.access.view(manager, principal, programmeId);
    const rows = await new CallsStore(manager).ofProgramme(programmeId);
    return rows.map((row) => toCallDto(row));
  }

  /**
   * The open calls, in any programme, that one of the caller's organisations may apply to: how an
   * organisation that is not (yet) in a programme finds its calls.
   */
  async listOpen(principal: Principal): Promise<OpenCallDto[]> {
    const store = new CallsStore(this.dataSource.manager);
    const organisations = await store.organisations(principal.organisations);
    if (organisations.length === 0) return [];
    const now = new Date();
    const rows = await store.open(now);
    return rows
      .filter((row) => organisations.some((organisation) => mayApply(row, organisation)))
      .map((row) => toOpenCallDto(row, now));
  }

  async get(callId: string): Promise<GrantCallDto> {
    return toCallDto(await new CallsStore(this.dataSource.manager).load(callId));
  }
}
