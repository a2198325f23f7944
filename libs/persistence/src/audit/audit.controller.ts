import { Controller, Get, Header, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import { auditQuerySchema, type AuditPage, type AuditQuery } from '@samvirke/contracts';
import { writeCsvTable } from '@samvirke/csv';
import { auditCsv } from './audit.rules.js';
import { AuditService } from './audit.service.js';

const exportQuerySchema = auditQuerySchema.omit({ limit: true });

/** The audit trail operations (auditOperations() in libs/contracts), in every service. */
@Controller('audit')
@Roles('platform-admin', 'backbone-coordinator')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('entries')
  entries(
    @CurrentPrincipal() principal: Principal,
    @Query({ schema: auditQuerySchema }) query: AuditQuery,
  ): Promise<AuditPage> {
    return this.audit.page(principal, query);
  }

  @Get('export')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="revisionsspor.csv"')
  async export(
    @CurrentPrincipal() principal: Principal,
    @Query({ schema: exportQuerySchema }) query: Omit<AuditQuery, 'limit'>,
  ): Promise<string> {
    return writeCsvTable(auditCsv(await this.audit.export(principal, query)));
  }
}
