import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { addContactSchema, type AddContact, type ContactDto } from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { ContactsService } from './contacts.service.js';

@Controller('organisations/:organisationId/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  list(
    @Scoped('organisationId') { principal, organisationId }: Scoped<'organisationId'>,
  ): Promise<ContactDto[]> {
    return this.contacts.list(principal, organisationId);
  }

  @Post()
  @HttpCode(201)
  add(
    @Scoped('organisationId') { principal, organisationId }: Scoped<'organisationId'>,
    @Body({ schema: addContactSchema }) body: AddContact,
  ): Promise<ContactDto> {
    return this.contacts.add(principal, organisationId, body);
  }

  @Delete(':contactId')
  @HttpCode(204)
  remove(
    @Scoped('organisationId', 'contactId')
    { principal, organisationId, contactId }: Scoped<'organisationId' | 'contactId'>,
  ): Promise<void> {
    return this.contacts.remove(principal, organisationId, contactId);
  }
}
