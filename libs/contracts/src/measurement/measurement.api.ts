import type { ServiceApi } from '../http/http-operation.js';
import { pageSchema } from '../pagination.js';
import { defineIndicatorSchema, indicatorSchema, listIndicatorsQuerySchema } from './indicator.dto.js';

/** Every HTTP operation of the measurement service (the OpenAPI document is built from this list). */
export const MEASUREMENT_API: ServiceApi = {
  name: 'measurement',
  prefix: '/api/measurement',
  operations: [
    {
      operationId: 'defineIndicator',
      method: 'post',
      path: '/indicators',
      summary: 'Add an indicator to the shared library (platform admins, backbone coordinators)',
      body: defineIndicatorSchema,
      status: 201,
      response: indicatorSchema,
      errors: [409, 422],
    },
    {
      operationId: 'listIndicators',
      method: 'get',
      path: '/indicators',
      summary: 'The indicator library, with search',
      query: listIndicatorsQuerySchema,
      status: 200,
      response: pageSchema(indicatorSchema),
    },
    {
      operationId: 'getIndicator',
      method: 'get',
      path: '/indicators/{id}',
      summary: 'One indicator',
      status: 200,
      response: indicatorSchema,
      errors: [404],
    },
  ],
};
