import { Module } from '@nestjs/common';
import { CalendarEventsConsumer } from './calendar-events.consumer.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarService } from './calendar.service.js';

/** Each person's iCalendar feed of their programmes' deadlines, and the consumer that keeps its dates. */
@Module({
  controllers: [CalendarController, CalendarEventsConsumer],
  providers: [CalendarService],
})
export class CalendarModule {}
