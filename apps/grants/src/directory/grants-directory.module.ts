import { Module } from '@nestjs/common';
import { GrantsDirectoryConsumer } from './grants-directory.consumer.js';

/** Grants' copy of partners' directory, with each organisation's CVR (grants-directory.consumer.ts). */
@Module({ controllers: [GrantsDirectoryConsumer] })
export class GrantsDirectoryModule {}
