import { Module } from '@nestjs/common';
import { DirectoryController } from './directory.controller.js';
import { PersonKeysConsumer } from './person-keys.consumer.js';

@Module({ controllers: [DirectoryController], providers: [PersonKeysConsumer] })
export class DirectoryModule {}
