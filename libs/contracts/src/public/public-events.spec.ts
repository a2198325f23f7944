import {
  EVENT_REGISTRY,
  eventDataJsonSchema,
  isRegistered,
  PERSONAL_DATA_FIELD,
  PUBLIC_EVENTS,
  PUBLIC_SOURCE,
  PUBLIC_TOPIC_PREFIX,
} from '../index.js';

/** Every property name anywhere in a JSON Schema, with its path. */
function propertyPaths(schema: unknown, path = '#'): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item, index) => propertyPaths(item, `${path}/${index}`));
  if (typeof schema !== 'object' || schema === null) return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
        found.push(`${path}/properties/${name}`, ...propertyPaths(child, `${path}/properties/${name}`));
      }
    } else {
      found.push(...propertyPaths(value, `${path}/${key}`));
    }
  }
  return found;
}

function personalDataFields(schema: unknown): string[] {
  return propertyPaths(schema).filter((path) => PERSONAL_DATA_FIELD.test(path.split('/').at(-1) ?? ''));
}

describe('public events', () => {
  it.each(PUBLIC_EVENTS.map((definition) => [definition.type, definition] as const))(
    '%s carries no personal-data fields',
    (_type, definition) => {
      expect(personalDataFields(eventDataJsonSchema(definition))).toEqual([]);
    },
  );

  it('finds personal data where it is (the check itself can fail)', () => {
    const internal = EVENT_REGISTRY.find((definition) => definition.type.endsWith('contact.changed.v1'));
    expect(internal).toBeDefined();
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string' },
        people: { type: 'array', items: { type: 'object', properties: { email: {}, phoneNumber: {} } } },
        reviewerUsername: {},
        sub: {},
      },
    };
    expect(personalDataFields(schema)).toEqual([
      '#/properties/people/items/properties/email',
      '#/properties/people/items/properties/phoneNumber',
      '#/properties/reviewerUsername',
      '#/properties/sub',
    ]);
    expect(personalDataFields(eventDataJsonSchema(internal!))).not.toEqual([]);
  });

  it('are registered, published by the public projector to public topics only, and versioned', () => {
    for (const definition of PUBLIC_EVENTS) {
      expect(isRegistered(definition)).toBe(true);
      expect(definition.public).toBe(true);
      expect(definition.source).toBe(PUBLIC_SOURCE);
      expect(definition.topic.startsWith(PUBLIC_TOPIC_PREFIX)).toBe(true);
      expect(definition.type).toMatch(/^dk\.samvirke\.public\.[a-z-]+\.[a-z-]+\.v\d+$/);
    }
  });

  it('are the only events on public topics', () => {
    const onPublicTopics = EVENT_REGISTRY.filter((definition) =>
      definition.topic.startsWith(PUBLIC_TOPIC_PREFIX),
    ).map((definition) => definition.type);
    expect(onPublicTopics.sort()).toEqual(PUBLIC_EVENTS.map((definition) => definition.type).sort());
  });
});
