import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';

/** The audit trail's HTTP operations; every service gets it from serviceFoundation(). */
@Module({ controllers: [AuditController], providers: [AuditService] })
export class AuditModule {}
