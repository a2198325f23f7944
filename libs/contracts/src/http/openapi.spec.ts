import { Validator } from '@seriousme/openapi-schema-validator';
import { MEASUREMENT_API } from '../measurement/measurement.api.js';
import { PARTNERS_API } from '../partners/partners.api.js';
import { buildOpenApiDocument } from './http-operation.js';

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument([PARTNERS_API, MEASUREMENT_API], 'http://127.0.0.1:3000');

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it('documents every operation with its request schema and problem responses', () => {
    const paths = document['paths'] as Record<
      string,
      Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>
    >;
    const createProgramme = paths['/api/partners/programmes']?.['post'];
    expect(createProgramme?.requestBody).toBeDefined();
    expect(Object.keys(createProgramme?.responses ?? {})).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '409']),
    );
    const operations = Object.values(paths).flatMap((methods) => Object.keys(methods));
    expect(operations).toHaveLength(PARTNERS_API.operations.length + MEASUREMENT_API.operations.length);
  });
});
