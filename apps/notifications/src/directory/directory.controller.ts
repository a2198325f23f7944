import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Roles } from '@samvirke/auth';
import { findOrganisation } from '@samvirke/directory';
import { DomainError, UuidParam } from '@samvirke/platform';
import { knownOrganisationView, type KnownOrganisationView } from './directory.rules.js';

@Controller('directory/organisations')
export class DirectoryController {
  constructor(private readonly dataSource: DataSource) {}

  /** What notifications knows of an organisation; shows that partners' events arrived. */
  @Get(':id')
  @Roles('platform-admin')
  async get(@UuidParam('id') id: string): Promise<KnownOrganisationView> {
    const view = knownOrganisationView(await findOrganisation(this.dataSource.manager, id));
    if (!view) throw new DomainError('not-found', `Notifications has not heard of organisation ${id}.`);
    return view;
  }
}
