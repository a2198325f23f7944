import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ContactAccessController } from './contact-access.controller.js';
import { ContactAccessService } from './contact-access.service.js';
import { ContactsController } from './contacts.controller.js';
import { ContactsService } from './contacts.service.js';
import { ProgrammePeopleController } from './programme-people.controller.js';
import { ProgrammePeopleService } from './programme-people.service.js';

/** The named people notifications may write to on an organisation's behalf, and who is who in a programme. */
@Module({
  imports: [ProgrammesModule],
  controllers: [ContactsController, ProgrammePeopleController, ContactAccessController],
  providers: [ContactsService, ProgrammePeopleService, ContactAccessService],
})
export class ContactsModule {}
