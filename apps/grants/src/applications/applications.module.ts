import { Module } from '@nestjs/common';
import { GrantsAccess } from '../access/grants-access.js';
import { FormsModule } from '../forms/forms.module.js';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsService } from './applications.service.js';

/** Applications to grant calls; exports who may see and decide on one (reviews and awards ask). */
@Module({
  imports: [FormsModule],
  controllers: [ApplicationsController],
  providers: [GrantsAccess, ApplicationsService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
