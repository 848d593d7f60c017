/**
 * Bad inputs derived from a route's OpenAPI request schema and a valid body:
 * each case breaks exactly one thing, so a 2xx answer points at the field the
 * API failed to check.
 */
export interface BadInputCase {
  name: string;
  /** Replaces the valid body (JSON-encoded). */
  body?: unknown;
  /** Sent as is with Content-Type: application/json. */
  raw?: string;
  /** Replaces the URL. */
  url?: string;
}

interface Schema {
  type?: string;
  $ref?: string;
  allOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  maxLength?: number;
  maxItems?: number;
  format?: string;
  example?: unknown;
  nullable?: boolean;
}

export type SchemaLookup = (ref: string) => Schema;

export const OVERSIZED_FIELD_LENGTH = 60_000;

function resolve(schema: Schema | undefined, lookup: SchemaLookup): Schema | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolve(lookup(schema.$ref), lookup);
  if (schema.allOf?.length === 1) return resolve(schema.allOf[0], lookup);
  return schema;
}

const isIdLike = (name: string) => /(^id$|Id$|^version$|^percent$|^page$|^limit$)/.test(name);
const isDateLike = (name: string, schema: Schema) =>
  schema.type === 'string' &&
  (/Date$/.test(name) || (typeof schema.example === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(schema.example)));
const isInstantLike = (name: string, schema: Schema) =>
  schema.type === 'string' &&
  (/At$/.test(name) ||
    schema.format === 'date-time' ||
    (typeof schema.example === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(schema.example)));

/** Values that are wrong for a field of this schema, whatever else the field allows. */
function wrongValues(
  name: string,
  schema: Schema,
  validValue: unknown,
  lookup: SchemaLookup,
): Array<[string, unknown]> {
  const cases: Array<[string, unknown]> = [];
  switch (schema.type) {
    case 'string':
      cases.push(['a number', 12345], ['a boolean', true], ['an array', ['x']], ['an object', { x: 1 }]);
      // One past the documented limit (a 413 when that exceeds BODY_LIMIT), or far beyond any sensible field.
      cases.push([
        'a huge string',
        'x'.repeat(schema.maxLength !== undefined ? schema.maxLength + 1 : OVERSIZED_FIELD_LENGTH),
      ]);
      if (schema.enum) {
        cases.push(
          ['HTML instead of a listed value', '<script>alert(1)</script>'],
          ['SQL instead of a listed value', "x' OR '1'='1"],
        );
      }
      if (name === 'email' || schema.format === 'email') {
        cases.push(
          ['SQL in an e-mail', "a@b.vn'; DROP TABLE users; --"],
          ['HTML in an e-mail', '<img src=x onerror=alert(1)>@b.vn'],
        );
      }
      if (isDateLike(name, schema)) {
        cases.push(
          ['a day that does not exist', '2024-02-30'],
          ['month 13', '2024-13-01'],
          ['a Vietnamese-style date', '31/01/2024'],
          ['SQL after a date', "2024-01-31'; DROP TABLE tasks; --"],
        );
      }
      if (isInstantLike(name, schema)) {
        cases.push(
          ['hour 25', '2024-01-31T25:00:00+07:00'],
          ['an instant without offset', '2024-01-31T17:00:00'],
          ['a word', 'tomorrow'],
          ['SQL after an instant', "2024-01-31T17:00:00Z' OR '1'='1"],
        );
      }
      break;
    case 'number':
    case 'integer':
      cases.push(
        ['a string', 'abc'],
        ['SQL', '1; DROP TABLE tasks; --'],
        ['a boolean', true],
        ['an array', [1]],
        ['an object', { n: 1 }],
      );
      if (isIdLike(name))
        cases.push(
          ['a fraction', 1.5],
          ['a negative number', -1],
          ['beyond 32 bits', 2_147_483_648],
          ['beyond 53 bits', 1e20],
        );
      break;
    case 'boolean':
      cases.push(['the string "true"', 'true'], ['the number 1', 1], ['a word', 'yes']);
      break;
    case 'array': {
      cases.push(['a string', 'x'], ['an object', { a: 1 }]);
      const item = resolve(schema.items, lookup);
      const sample =
        Array.isArray(validValue) && validValue.length > 0 ? validValue[0] : item?.type === 'string' ? 'x' : 1;
      // Distinct items, so that an API that drops duplicates still sees too many.
      const distinct = (i: number) =>
        typeof sample === 'string' ? `${i}.${sample}` : typeof sample === 'number' ? i + 1 : sample;
      cases.push([
        'a huge array',
        Array.from({ length: Math.min((schema.maxItems ?? 5_000) + 1, 5_001) }, (_, i) => distinct(i)),
      ]);
      if (item?.type === 'number' || item?.type === 'integer')
        cases.push(['an array of strings', ['a']], ['an array with null', [null]]);
      if (item?.type === 'string') cases.push(['an array of numbers', [1]]);
      if (item?.properties && sample && typeof sample === 'object') {
        cases.push(['an array of strings', ['x']], ['an item with an unknown field', [{ ...sample, unexpected: 1 }]]);
        for (const required of item.required ?? []) {
          const { [required]: _removed, ...rest } = sample as Record<string, unknown>;
          cases.push([`an item without ${required}`, [rest]]);
        }
        for (const [field, fieldSchema] of Object.entries(item.properties)) {
          const resolved = resolve(fieldSchema, lookup);
          if (!resolved) continue;
          for (const [what, value] of wrongValues(
            field,
            resolved,
            (sample as Record<string, unknown>)[field],
            lookup,
          )) {
            if (what === 'a huge array') continue;
            cases.push([`an item whose ${field} is ${what}`, [{ ...sample, [field]: value }]]);
          }
        }
      }
      break;
    }
    case 'object':
      cases.push(['a string', 'x'], ['an array', []]);
      break;
  }
  return cases;
}

/** `base` as JSON with `field` set to the raw JSON text `json` (which JSON.stringify could not produce). */
function replaced(base: Record<string, unknown>, field: string, json: string): string {
  const marker = '\u0000marker\u0000';
  return JSON.stringify({ ...base, [field]: marker }).replace(JSON.stringify(marker), json);
}

export function badInputCases(
  url: string,
  body: unknown,
  schema: Schema | undefined,
  lookup: SchemaLookup,
): BadInputCase[] {
  const cases: BadInputCase[] = [];
  const base = (body ?? {}) as Record<string, unknown>;
  const rest = JSON.stringify(base).slice(1);
  const join = (head: string) => `{${head}${rest === '}' ? '}' : `,${rest}`}`;

  cases.push(
    { name: 'malformed JSON', raw: '{"title": ' },
    { name: 'a JSON array instead of an object', body: [base] },
    { name: 'JSON null', raw: 'null' },
    { name: 'a JSON number', raw: '42' },
    { name: 'a JSON string', raw: '"text"' },
    { name: '__proto__', raw: join('"__proto__":{"role":"admin","polluted":true}') },
    { name: 'constructor.prototype', raw: join('"constructor":{"prototype":{"polluted":true}}') },
    { name: 'a bare constructor key', raw: join('"constructor":{"name":"admin"}') },
    { name: 'a body over BODY_LIMIT', body: { ...base, padding: 'x'.repeat(70_000) } },
  );

  // A route that takes no body (DELETE) ignores one; only routes with a body schema must refuse unknown fields.
  if (body !== undefined) {
    cases.push(
      { name: 'an unknown field', body: { ...base, unexpectedField: 'x' } },
      { name: 'an id of its own', body: { ...base, id: 1 } },
    );
  }

  const resolved = resolve(schema, lookup);
  for (const required of resolved?.required ?? []) {
    const { [required]: _removed, ...without } = base;
    cases.push({ name: `missing ${required}`, body: without });
  }
  for (const [field, fieldSchema] of Object.entries(resolved?.properties ?? {})) {
    const property = resolve(fieldSchema, lookup);
    if (!property) continue;
    for (const [what, value] of wrongValues(field, property, base[field], lookup)) {
      cases.push({ name: `${field} is ${what}`, body: { ...base, [field]: value } });
    }
    if (property.type === 'object' || property.type === 'array') {
      cases.push({
        name: `__proto__ inside ${field}`,
        raw: replaced(base, field, '[{"__proto__":{"polluted":true}}]'),
      });
      cases.push({
        name: `constructor.prototype inside ${field}`,
        raw: replaced(base, field, '[{"constructor":{"prototype":{"polluted":true}}}]'),
      });
    }
  }

  // Path ids: malformed, out of range, or pointing at nothing.
  const segments = url.split('?')[0].split('/');
  segments.forEach((segment, index) => {
    if (!/^\d+$/.test(segment)) return;
    for (const [what, value] of [
      ['a word', 'abc'],
      ['zero', '0'],
      ['negative', '-1'],
      ['a fraction', '1.5'],
      ['beyond 32 bits', '2147483648'],
      ['beyond 64 bits', '99999999999999999999'],
      ['SQL', encodeURIComponent("1' OR '1'='1")],
      ['unknown', '99999'],
    ]) {
      const changed = [...segments];
      changed[index] = value;
      cases.push({
        name: `path segment ${index} ${what}`,
        url: changed.join('/') + (url.includes('?') ? `?${url.split('?')[1]}` : ''),
      });
    }
  });
  return cases;
}

interface QueryParameter {
  name: string;
  in: string;
  schema?: Schema;
}

/** Bad query strings for a GET route, from its OpenAPI parameters: one wrong parameter at a time. */
export function badQueryCases(
  url: string,
  parameters: QueryParameter[] | undefined,
  lookup: SchemaLookup,
): BadInputCase[] {
  const join = (query: string) => `${url}${url.includes('?') ? '&' : '?'}${query}`;
  const cases: BadInputCase[] = [
    { name: 'an unknown parameter', url: join('unexpected=1') },
    { name: '__proto__', url: join('__proto__[admin]=1') },
  ];
  for (const parameter of parameters ?? []) {
    if (parameter.in !== 'query') continue;
    const schema = resolve(parameter.schema, lookup);
    if (!schema) continue;
    const bad: Array<[string, string]> = [];
    if (schema.type === 'number' || schema.type === 'integer') {
      bad.push(['a word', 'abc'], ['SQL', "1' OR '1'='1"]);
      if (isIdLike(parameter.name))
        bad.push(['beyond 32 bits', '2147483648'], ['negative', '-1'], ['a fraction', '1.5']);
    }
    if (schema.type === 'boolean') bad.push(['a word', 'maybe']);
    if (schema.enum) bad.push(['HTML', '<script>alert(1)</script>']);
    const item = schema.type === 'array' ? resolve(schema.items, lookup) : undefined;
    if (item?.enum) {
      // A list (comma-separated or repeated): an unlisted value alone, and hidden among listed ones.
      bad.push(
        ['HTML', '<script>alert(1)</script>'],
        ['a listed value and an unlisted one', `${String(item.enum[0])},x`],
      );
    }
    if (schema.type === 'string' && /^(from|to|due(From|To))$|Date$|At$/.test(parameter.name))
      bad.push(['not a date', '2024-02-30']);
    if (schema.type === 'string' && !schema.enum) bad.push(['a huge string', 'x'.repeat(5_000)]);
    for (const [what, value] of bad) {
      cases.push({ name: `${parameter.name} is ${what}`, url: join(`${parameter.name}=${encodeURIComponent(value)}`) });
    }
  }
  return cases;
}
