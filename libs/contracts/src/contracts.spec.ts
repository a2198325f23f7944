import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  DK_MUNICIPALITIES,
  EVENT_REGISTRY,
  eventDataJsonSchema,
  findBreakingChanges,
  isRegistered,
  isValidCvr,
  kommunekodeSchema,
  type EventDefinition,
} from './index.js';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const SCHEMAS = fileURLToPath(new URL('../schemas/', import.meta.url));

function isEventDefinition(value: unknown): value is EventDefinition {
  return (
    typeof value === 'object' && value !== null && 'type' in value && 'schema' in value && 'topic' in value
  );
}

describe('event registry', () => {
  it('lists every event definition declared in a versioned contract file', async () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.v\d+\.ts$/.test(file),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const module = (await import(`./${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
      const definitions = Object.values(module).filter(isEventDefinition);
      expect(definitions.length).toBeGreaterThan(0);
      for (const definition of definitions) {
        expect({ file, type: definition.type, registered: isRegistered(definition) }).toEqual({
          file,
          type: definition.type,
          registered: true,
        });
      }
    }
  });

  it('has unique type strings whose version matches the file name', () => {
    const types = EVENT_REGISTRY.map((definition) => definition.type);
    expect(new Set(types).size).toBe(types.length);
    for (const definition of EVENT_REGISTRY) {
      expect(definition.type).toMatch(new RegExp(`\\.v${definition.version}$`));
    }
  });
});

describe('published event schemas', () => {
  it.each(EVENT_REGISTRY.map((definition) => [definition.type, definition] as const))(
    '%s matches its committed JSON Schema (npm run contracts:schemas writes it)',
    (type, definition) => {
      const file = `${SCHEMAS}${type}.json`;
      expect(existsSync(file)).toBe(true);
      const committed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      const current = eventDataJsonSchema(definition);
      expect(findBreakingChanges(committed, current)).toEqual([]);
      expect(current).toEqual(committed);
    },
  );
});

describe('schema compatibility rules', () => {
  const base = {
    type: 'object',
    properties: {
      id: { type: 'string' },
      kind: { type: 'string', enum: ['a', 'b'] },
      note: { type: 'string' },
    },
    required: ['id', 'kind'],
  };

  it('accepts an added optional property and a dropped enum value', () => {
    const next = {
      ...base,
      properties: { ...base.properties, extra: { type: 'number' }, kind: { type: 'string', enum: ['a'] } },
    };
    expect(findBreakingChanges(base, next)).toEqual([]);
  });

  it('refuses a removed required property, a changed type and a new enum value', () => {
    const next = {
      type: 'object',
      properties: { kind: { type: 'string', enum: ['a', 'b', 'c'] }, note: { type: 'number' } },
      required: ['kind'],
    };
    expect(findBreakingChanges(base, next)).toEqual([
      '#/properties/id: required property removed',
      '#/properties/kind: new enum values "c"',
      expect.stringContaining('#/properties/note: changed'),
    ]);
  });

  it('refuses a value that may now be null where it never was', () => {
    const next = {
      ...base,
      properties: { ...base.properties, id: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
    };
    expect(findBreakingChanges(base, next)).not.toEqual([]);
  });
});

describe('Danish identifiers', () => {
  it.each(['29169586', '10103940', '64942212'])('accepts CVR %s (modulus 11)', (cvr) => {
    expect(isValidCvr(cvr)).toBe(true);
  });

  it.each(['12345678', '2916958', '2916958a', '29169587'])('refuses CVR %s', (cvr) => {
    expect(isValidCvr(cvr)).toBe(false);
  });

  // Both pass modulus 11; the CVR register never hands out a number with a leading zero.
  it.each(['05646251', '00000000'])('refuses CVR %s (starts with 0)', (cvr) => {
    expect(isValidCvr(cvr)).toBe(false);
  });

  it('knows the 98 kommunekoder and nothing else', () => {
    expect(kommunekodeSchema.safeParse('101').success).toBe(true);
    expect(kommunekodeSchema.safeParse('860').success).toBe(true);
    expect(kommunekodeSchema.safeParse('411').success).toBe(false);
    expect(kommunekodeSchema.safeParse('999').success).toBe(false);
  });

  it('names each municipality officially: "<name> Kommune" but Københavns and Bornholms Regionskommune', () => {
    const unusual = DK_MUNICIPALITIES.filter((m) => m.officialName !== `${m.name} Kommune`);
    expect(unusual.map((m) => [m.code, m.officialName])).toEqual([
      ['101', 'Københavns Kommune'],
      ['400', 'Bornholms Regionskommune'],
    ]);
  });
});
