import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { eligibleOrganisationTypesSchema, positiveAmountOreSchema } from './grants-schemas.js';

export const grantCallOpenedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.grant-call.opened.v1',
  description:
    'A grant call in a programme reached its opening time and accepts applications until it closes.',
  public: true,
  schema: z.object({
    callId: z.uuid(),
    programmeId: z.uuid(),
    funderOrganisationId: z.uuid(),
    title: z.string(),
    budgetOre: positiveAmountOreSchema,
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    eligibleOrganisationTypes: eligibleOrganisationTypesSchema,
  }),
});

export type GrantCallOpenedV1 = z.infer<typeof grantCallOpenedV1.schema>;
