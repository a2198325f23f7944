import type { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { PUBLIC_SOURCE, PUBLIC_TOPICS } from '../topics.js';
import { publicReportingPeriodSchema } from './public-schemas.js';

export const publicReportingPeriodClosedV1 = defineEvent({
  type: 'dk.samvirke.public.reporting-period.closed.v1',
  topic: PUBLIC_TOPICS.measurement,
  source: PUBLIC_SOURCE,
  aggregate: 'programme',
  description: "A programme's reporting period was closed (locked). Public stream.",
  public: true,
  schema: publicReportingPeriodSchema,
});

export type PublicReportingPeriodClosedV1 = z.infer<typeof publicReportingPeriodClosedV1.schema>;
