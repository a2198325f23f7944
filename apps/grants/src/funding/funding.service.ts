import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  fundingCommittedV1,
  type CommitFunding,
  type FundingCommitmentDto,
  type FundingOverviewDto,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { GrantsAccess, isAdmin } from '../access/grants-access.js';
import { fundingOverview } from './funding.rules.js';
import { FundingStore } from './funding.store.js';

/** Funding commitments by foundations to programmes, and the programme's funding overview. */
@Injectable()
export class FundingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: GrantsAccess,
  ) {}

  async commit(
    principal: Principal,
    programmeId: string,
    command: CommitFunding,
  ): Promise<FundingCommitmentDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.view(manager, principal, programmeId);
      await this.access.requireFunderOfficer(manager, principal, programmeId, command.funderOrganisationId);
      if (!(await this.access.isFunder(manager, programmeId, command.funderOrganisationId))) {
        throw new ValidationFailed([
          { pointer: '/funderOrganisationId', detail: 'is not a funder of this programme' },
        ]);
      }
      const store = new FundingStore(manager);
      const dto = await store.insertCommitment(randomUUID(), programmeId, command, principal.subject);
      await this.outbox.record(
        manager,
        fundingCommittedV1,
        {
          commitmentId: dto.id,
          programmeId,
          funderOrganisationId: dto.funderOrganisationId,
          amountOre: dto.amountOre,
          periodStart: dto.periodStart,
          periodEnd: dto.periodEnd,
          committedAt: dto.committedAt,
        },
        { subject: programmeId, programmeId },
      );
      return dto;
    });
  }

  /** The programme's funders, their admins and its backbone coordinators see the whole overview. */
  async overview(principal: Principal, programmeId: string): Promise<FundingOverviewDto> {
    const manager = this.dataSource.manager;
    await this.access.view(manager, principal, programmeId);
    await this.requireOverviewReader(manager, principal, programmeId);
    const store = new FundingStore(manager);
    const figures = await store.figures(programmeId);
    const commitments = await store.commitments(programmeId);
    const names = await store.organisationNames([...figures.keys()]);
    return fundingOverview(programmeId, figures, commitments, names);
  }

  private async requireOverviewReader(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
  ): Promise<void> {
    const allowed =
      isAdmin(principal) ||
      (await this.access.isBackbone(manager, principal, programmeId)) ||
      (await this.access.funderOrganisations(manager, principal, programmeId)).length > 0;
    if (!allowed) {
      throw new DomainError(
        'forbidden',
        "The funding overview is for the programme's funders, its backbone coordinators and platform admins.",
      );
    }
  }
}
