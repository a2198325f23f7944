import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ContactsController } from './contacts.controller.js';
import { ContactsService } from './contacts.service.js';
import { ProgrammePeopleController } from './programme-people.controller.js';
import { ProgrammePeopleService } from './programme-people.service.js';

/** The named people notifications may write to on an organisation's behalf, and who is who in a programme. */
@Module({
  imports: [ProgrammesModule],
  controllers: [ContactsController, ProgrammePeopleController],
  providers: [ContactsService, ProgrammePeopleService],
})
export class ContactsModule {}
