import { Module } from '@nestjs/common';
import { GrantsAccess } from './grants-access.js';

/** Grants' access checks, for the feature modules that authorise their use cases with them. */
@Module({ providers: [GrantsAccess], exports: [GrantsAccess] })
export class GrantsAccessModule {}
