import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { addContactSchema, type AddContact, type ContactDto } from '@samvirke/contracts';
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { ContactsService } from './contacts.service.js';

@Controller('organisations/:organisationId/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', { schema: z.uuid() }) organisationId: string,
  ): Promise<ContactDto[]> {
    return this.contacts.list(principal, organisationId);
  }

  @Post()
  @HttpCode(201)
  add(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', { schema: z.uuid() }) organisationId: string,
    @Body({ schema: addContactSchema }) body: AddContact,
  ): Promise<ContactDto> {
    return this.contacts.add(principal, organisationId, body);
  }

  @Delete(':contactId')
  @HttpCode(204)
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', { schema: z.uuid() }) organisationId: string,
    @Param('contactId', { schema: z.uuid() }) contactId: string,
  ): Promise<void> {
    return this.contacts.remove(principal, organisationId, contactId);
  }
}
