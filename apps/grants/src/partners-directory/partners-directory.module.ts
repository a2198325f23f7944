import { Module } from '@nestjs/common';
import { PartnersDirectoryConsumer } from './partners-directory.consumer.js';

@Module({ controllers: [PartnersDirectoryConsumer] })
export class PartnersDirectoryModule {}
