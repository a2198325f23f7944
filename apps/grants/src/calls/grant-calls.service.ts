import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CreateGrantCall, GrantCallDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { ValidationFailed } from '@samvirke/platform';
import { GrantsAccess } from '../access/grants-access.js';
import { CallAnnouncer } from './call-announcer.js';
import { loadCall, SELECT_CALL, toCallDto, type CallRow } from './grant-call-row.js';

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
      if (Date.parse(command.closesAt) <= Date.now()) {
        throw new ValidationFailed([{ pointer: '/closesAt', detail: 'must be in the future' }]);
      }
      const id = randomUUID();
      const criteria = command.criteria.map((criterion) => ({ id: randomUUID(), ...criterion }));
      await manager.query(
        `INSERT INTO grant_call (id, programme_id, funder_organisation_id, title, description, budget_ore, opens_at,
                                 closes_at, eligible_types, criteria, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          id,
          programmeId,
          command.funderOrganisationId,
          command.title,
          command.description,
          command.budgetOre,
          command.opensAt,
          command.closesAt,
          command.eligibleOrganisationTypes,
          JSON.stringify(criteria),
          principal.subject,
        ],
      );
      return toCallDto(await loadCall(manager, id));
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
    await this.access.view(this.dataSource.manager, principal, programmeId);
    const rows = await this.dataSource.query<CallRow[]>(
      `${SELECT_CALL} WHERE c.programme_id = $1 ORDER BY c.opens_at, c.id`,
      [programmeId],
    );
    return rows.map((row) => toCallDto(row));
  }

  async get(callId: string): Promise<GrantCallDto> {
    return toCallDto(await loadCall(this.dataSource.manager, callId));
  }
}
