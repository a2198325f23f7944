import { Module } from '@nestjs/common';
import { GrantsAccess } from '../access/grants-access.js';
import { FundingController } from './funding.controller.js';
import { FundingService } from './funding.service.js';

/** Foundations' funding commitments to programmes and the funding overview. */
@Module({ controllers: [FundingController], providers: [GrantsAccess, FundingService] })
export class FundingModule {}
