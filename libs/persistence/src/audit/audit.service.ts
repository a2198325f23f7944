import { ForbiddenException, Injectable } from '@nestjs/common';
import { hasRole, type Principal } from '@samvirke/auth';
import type { AuditEntry, AuditPage, AuditQuery } from '@samvirke/contracts';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { DataSource } from 'typeorm';
import { auditEntryDto, auditFilter } from './audit.rules.js';
import { findAuditEntries, isProgrammeBackbone, recordAuditRead } from './audit.store.js';

const EXPORT_LIMIT = 50_000;

/** Reading a service's audit trail: platform admins all of it, a programme's backbone its programme. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async page(principal: Principal, query: AuditQuery): Promise<AuditPage> {
    const items = await this.read(principal, query, query.limit);
    return { items, next: items.length === query.limit ? (items[items.length - 1]?.seq ?? null) : null };
  }

  export(principal: Principal, query: Omit<AuditQuery, 'limit'>): Promise<AuditEntry[]> {
    return this.read(principal, query, EXPORT_LIMIT);
  }

  private read(principal: Principal, query: Omit<AuditQuery, 'limit'>, limit: number): Promise<AuditEntry[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.authorise(principal, query.programme);
      if (!hasRole(principal, 'platform-admin') && query.programme) {
        if (!(await isProgrammeBackbone(manager, query.programme, principal.organisations)))
          throw new DomainError('not-found', 'There is no programme with that id that you can see.');
      }
      const entries = await findAuditEntries(manager, auditFilter(query, limit));
      if (hasRole(principal, 'platform-admin'))
        await recordAuditRead(manager, {
          tableName: 'audit_entry',
          programmeId: query.programme,
          what: query,
        });
      return entries.map(auditEntryDto);
    });
  }

  private authorise(principal: Principal, programmeId: string | undefined): Promise<void> {
    if (hasRole(principal, 'platform-admin')) return Promise.resolve();
    if (!hasRole(principal, 'backbone-coordinator'))
      throw new ForbiddenException('The audit trail is for platform admins and a programme’s backbone.');
    if (!programmeId)
      throw new ValidationFailed([
        {
          pointer: '/programme',
          detail: 'A backbone coordinator reads the audit trail of one programme: name it.',
        },
      ]);
    return Promise.resolve();
  }
}
