import { Module } from '@nestjs/common';
import { UsersService } from './users.service.js';

/**
 * The callers notifications has seen (the recipients its rules e-mail), remembered by the
 * features that serve them (inbox/, preferences/); current-user.ts gives their handlers the caller.
 */
@Module({ providers: [UsersService], exports: [UsersService] })
export class UsersModule {}
