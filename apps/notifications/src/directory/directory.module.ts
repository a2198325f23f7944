import { Module } from '@nestjs/common';
import { DirectoryController } from './directory.controller.js';
import { OrganisationDirectoryConsumer } from './organisation-directory.consumer.js';

@Module({ controllers: [DirectoryController, OrganisationDirectoryConsumer] })
export class DirectoryModule {}
