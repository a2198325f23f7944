import { Module } from '@nestjs/common';
import { DeadlinesScheduler } from './deadlines.scheduler.js';

/** Reminders to data providers whose submission for an open period is due soon or overdue. */
@Module({ providers: [DeadlinesScheduler] })
export class DeadlinesModule {}
