import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApiDocument } from '../http/openapi-document.js';
import { NOTIFICATIONS_API } from './notifications.api.js';
import { updatePreferencesSchema } from './notification.dto.js';

describe('the notifications HTTP API', () => {
  it('makes a valid OpenAPI 3.1 document', async () => {
    const document = buildOpenApiDocument([NOTIFICATIONS_API], 'http://127.0.0.1:3000');
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    const paths = Object.keys(document['paths'] as Record<string, unknown>);
    expect(paths).toContain('/api/notifications/webhooks/dead-letters/{id}/replay');
  });

  it('names an unknown category and a bad setting in preference changes', () => {
    const result = updatePreferencesSchema.safeParse({
      categories: { 'no-such': { email: 'off' }, 'grant-update': { email: 'loud' } },
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('/')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['categories/grant-update/email']));
    expect(paths.some((path) => path.startsWith('categories'))).toBe(true);
  });
});
