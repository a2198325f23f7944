import { Module } from '@nestjs/common';
import { GrantsAccess } from '../access/grants-access.js';
import { ObjectStorage } from '../attachments/object-storage.js';
import { FormsModule } from '../forms/forms.module.js';
import { ApplicationFilesController } from './application-files.controller.js';
import { ApplicationFilesService } from './application-files.service.js';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsService } from './applications.service.js';

/** Applications to grant calls; exports who may see and decide on one (reviews and awards ask). */
@Module({
  imports: [FormsModule],
  controllers: [ApplicationsController, ApplicationFilesController],
  providers: [GrantsAccess, ApplicationsService, ApplicationFilesService, ObjectStorage],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
