/**
 * Decides whether consumers written against `previous` can still read data valid under `next`.
 * Allowed: new optional or required properties, dropping enum values, relaxed constraints are NOT
 * assumed safe (conservative): anything else that differs is reported as a breaking change.
 */
type JsonSchema = Record<string, unknown>;

const IGNORED_KEYS = new Set(['description', 'title', 'examples', '$schema']);

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .filter((key) => !IGNORED_KEYS.has(key))
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stable(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function findBreakingChanges(previous: unknown, next: unknown, path = '#'): string[] {
  if (!isObject(previous) || !isObject(next)) {
    return stable(previous) === stable(next) ? [] : [`${path}: schema changed`];
  }
  if (previous['type'] === 'object' && next['type'] === 'object') {
    return objectChanges(previous, next, path);
  }
  if (Array.isArray(previous['enum']) && Array.isArray(next['enum'])) {
    const known = new Set(previous['enum'].map(stable));
    const added = next['enum'].filter((value) => !known.has(stable(value)));
    return added.length ? [`${path}: new enum values ${added.map((v) => JSON.stringify(v)).join(', ')}`] : [];
  }
  if (previous['type'] === 'array' && next['type'] === 'array') {
    return findBreakingChanges(previous['items'], next['items'], `${path}/items`);
  }
  if (Array.isArray(previous['anyOf']) && Array.isArray(next['anyOf'])) {
    const previousBranches = previous['anyOf'];
    return next['anyOf'].flatMap((branch, index) =>
      previousBranches.some((old) => findBreakingChanges(old, branch).length === 0)
        ? []
        : [`${path}/anyOf/${index}: a value shape old consumers do not know`],
    );
  }
  return stable(previous) === stable(next)
    ? []
    : [`${path}: changed from ${stable(previous)} to ${stable(next)}`];
}

function objectChanges(previous: JsonSchema, next: JsonSchema, path: string): string[] {
  const oldProps = isObject(previous['properties']) ? previous['properties'] : {};
  const newProps = isObject(next['properties']) ? next['properties'] : {};
  const oldRequired = new Set(Array.isArray(previous['required']) ? (previous['required'] as string[]) : []);
  const newRequired = new Set(Array.isArray(next['required']) ? (next['required'] as string[]) : []);
  const problems: string[] = [];
  for (const [name, oldSchema] of Object.entries(oldProps)) {
    const where = `${path}/properties/${name}`;
    if (!(name in newProps)) {
      if (oldRequired.has(name)) problems.push(`${where}: required property removed`);
      continue;
    }
    if (oldRequired.has(name) && !newRequired.has(name)) problems.push(`${where}: no longer required`);
    problems.push(...findBreakingChanges(oldSchema, newProps[name], where));
  }
  if (previous['additionalProperties'] === false && next['additionalProperties'] !== false) {
    problems.push(`${path}: additional properties now allowed`);
  }
  return problems;
}
