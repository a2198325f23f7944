import { Module } from '@nestjs/common';
import { ContactsController } from './contacts.controller.js';
import { ContactsService } from './contacts.service.js';

/** The named people notifications may write to on an organisation's behalf. */
@Module({ controllers: [ContactsController], providers: [ContactsService] })
export class ContactsModule {}
