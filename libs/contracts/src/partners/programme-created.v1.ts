import { type z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { programmeStateSchema } from './partners-schemas.js';

export const programmeCreatedV1 = defineServiceEvent({
  type: 'dk.samvirke.partners.programme.created.v1',
  description: 'A programme (its common agenda) was created.',
  public: true,
  schema: programmeStateSchema,
});

export type ProgrammeCreatedV1 = z.infer<typeof programmeCreatedV1.schema>;
