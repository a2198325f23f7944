import type { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { PUBLIC_SOURCE, PUBLIC_TOPICS } from '../topics.js';
import { publicReportingPeriodSchema } from './public-schemas.js';

export const publicReportingPeriodOpenedV1 = defineEvent({
  type: 'dk.samvirke.public.reporting-period.opened.v1',
  topic: PUBLIC_TOPICS.measurement,
  source: PUBLIC_SOURCE,
  aggregate: 'programme',
  description: "A programme's reporting period opened for submissions (or was reopened). Public stream.",
  public: true,
  schema: publicReportingPeriodSchema,
});

export type PublicReportingPeriodOpenedV1 = z.infer<typeof publicReportingPeriodOpenedV1.schema>;
