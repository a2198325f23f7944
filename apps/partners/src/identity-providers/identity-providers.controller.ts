import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  identityProviderAliasParamsSchema,
  registerIdentityProviderSchema,
  type IdentityProviderDto,
  type IdentityProvidersDto,
  type RegisterIdentityProvider,
  type RemovedIdentityProviderDto,
} from '@samvirke/contracts';
import { Roles } from '@samvirke/auth';
import { IdentityProvidersService } from './identity-providers.service.js';

@Controller('identity-providers')
export class IdentityProvidersController {
  constructor(private readonly identityProviders: IdentityProvidersService) {}

  @Get()
  @Roles('platform-admin')
  list(): Promise<IdentityProvidersDto> {
    return this.identityProviders.list();
  }

  @Post()
  @HttpCode(201)
  @Roles('platform-admin')
  register(
    @Body({ schema: registerIdentityProviderSchema }) body: RegisterIdentityProvider,
  ): Promise<IdentityProviderDto> {
    return this.identityProviders.register(body);
  }

  @Delete(':alias')
  @Roles('platform-admin')
  remove(
    @Param('alias', { schema: identityProviderAliasParamsSchema.shape.alias }) alias: string,
  ): Promise<RemovedIdentityProviderDto> {
    return this.identityProviders.remove(alias);
  }
}
