import { Controller, Get, Param } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Roles } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import { KnownOrganisation } from './known-organisation.entity.js';

@Controller('directory/organisations')
export class DirectoryController {
  constructor(private readonly dataSource: DataSource) {}

  /** What notifications knows of an organisation; shows that partners' events arrived. */
  @Get(':id')
  @Roles('platform-admin')
  async get(@Param('id', { schema: z.uuid() }) id: string): Promise<KnownOrganisation> {
    const row = await this.dataSource.getRepository(KnownOrganisation).findOneBy({ id });
    if (!row) throw new DomainError('not-found', `Notifications has not heard of organisation ${id}.`);
    return row;
  }
}
