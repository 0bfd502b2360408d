/**
 * Validates emulator answers against the reference OpenAPI description, read at test time from the
 * shared folder (never copied into the repository). A missing spec fails every suite that imports this
 * helper once, at import, with one message naming the path and SPOTIFY_OPENAPI_SPEC (v14 new user,
 * F3: each of their tests used to fail on its own, 45 failures in one file); never a skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

type Schema = Record<string, unknown>;

export const SPEC_PATH =
  process.env.SPOTIFY_OPENAPI_SPEC ??
  fileURLToPath(new URL('../../../shared/reference/spotify-openapi.yml', import.meta.url));

/** The message a missing reference spec fails a suite with (see the README's Commands). */
export const MISSING_SPEC_MESSAGE = `The reference OpenAPI description of Spotify's Web API (spotify-openapi.yml) is not at ${SPEC_PATH}: this suite checks the emulator and the client's endpoint table against it. Put spotify-openapi.yml at ../shared/reference/ beside the repository, or set SPOTIFY_OPENAPI_SPEC to its path`;

// Thrown at import, so the suite fails as a whole with this one message before any test runs.
if (!existsSync(SPEC_PATH)) throw new Error(MISSING_SPEC_MESSAGE);

let cached: Schema | undefined;

/** The parsed reference spec; throws (failing the test) when the file is missing. */
export function loadSpec(): Schema {
  if (cached) return cached;
  if (!existsSync(SPEC_PATH)) {
    throw new Error(MISSING_SPEC_MESSAGE);
  }
  cached = parse(readFileSync(SPEC_PATH, 'utf8')) as Schema;
  return cached;
}

const isObject = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `node`, or what its `$ref` chain points to in the reference spec; throws for a loop or a dangling ref. */
export function resolveRef(node: unknown): Schema {
  let current = node;
  for (let depth = 0; isObject(current) && typeof current.$ref === 'string'; depth++) {
    if (depth > 20) throw new Error('Reference loop in spec');
    const parts = current.$ref.replace(/^#\//, '').split('/');
    let target: unknown = loadSpec();
    for (const part of parts) target = isObject(target) ? target[part] : undefined;
    if (target === undefined) throw new Error(`Unresolvable $ref ${current.$ref}`);
    current = target;
  }
  if (!isObject(current)) throw new Error('Schema is not an object');
  return current;
}

export interface SpecOperation {
  operationId: string;
  method: string;
  /** Spec path template, e.g. `/albums/{id}`. */
  path: string;
  deprecated: boolean;
  operation: Schema;
}

/** Every operation of the spec, by operationId. */
export function specOperations(): Map<string, SpecOperation> {
  const out = new Map<string, SpecOperation>();
  const paths = loadSpec().paths;
  if (!isObject(paths)) throw new Error('Spec has no paths');
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!isObject(operation) || typeof operation.operationId !== 'string') continue;
      out.set(operation.operationId, {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        deprecated: operation.deprecated === true,
        operation,
      });
    }
  }
  return out;
}

export function specOperation(operationId: string): SpecOperation {
  const op = specOperations().get(operationId);
  if (!op) throw new Error(`No operation ${operationId} in the spec`);
  return op;
}

/** The JSON schema of an operation's answer for a status, or undefined when it has no JSON body. */
export function responseSchema(operationId: string, status: number): Schema | undefined {
  const responses = specOperation(operationId).operation.responses;
  if (!isObject(responses)) throw new Error(`${operationId} has no responses`);
  let response = responses[String(status)];
  // Spotify answers 400 and 404 on operations whose description omits them; those use the common error body.
  if (response === undefined && status >= 400) response = { $ref: '#/components/responses/BadRequest' };
  if (response === undefined) throw new Error(`${operationId} documents no ${status} response`);
  const resolved = resolveRef(response);
  const content = resolved.content;
  if (!isObject(content)) return undefined;
  const json = content['application/json'];
  if (!isObject(json) || json.schema === undefined) return undefined;
  return resolveRef(json.schema);
}

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/**
 * Where Spotify really sends null although the reference spec does not mark the field nullable: the
 * `images` of a playlist without a cover (the emulator seeds one such playlist per account).
 */
const isRealNull = (object: Schema, key: string): boolean =>
  object[key] === null && key === 'images' && object.type === 'playlist';

/**
 * Whether `key` of `schema` is a property the spec marks `deprecated`: Spotify's February 2026 change
 * stopped sending those to Development Mode apps (src/emulator/development-fields.ts), so a Development
 * Mode answer may lack them though the spec lists them as required.
 */
const isDeprecated = (schema: Schema, key: string): boolean =>
  isObject(schema.properties) &&
  schema.properties[key] !== undefined &&
  resolveRef(schema.properties[key]).deprecated === true;

/** How to check: `development` for an answer to a Development Mode app (see isDeprecated). */
export interface SpecCheck {
  development?: boolean;
}

/** Every way `value` fails `schema`, as `path: problem` lines (empty when it matches). */
export function validate(schemaNode: unknown, value: unknown, path = '$', check: SpecCheck = {}): string[] {
  const schema = resolveRef(schemaNode);
  const errors: string[] = [];
  if (value === null) {
    if (schema.nullable === true) return errors;
    // A schema made only of allOf parts is nullable if a part says so.
    const parts = Array.isArray(schema.allOf) ? schema.allOf.map(resolveRef) : [];
    if (parts.some((p) => p.nullable === true)) return errors;
    return [`${path}: is null but not nullable`];
  }
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf) errors.push(...validate(part, value, path, check));
  }
  if (Array.isArray(schema.oneOf)) {
    const options = schema.oneOf.map(resolveRef);
    const discriminator = isObject(schema.discriminator) ? schema.discriminator.propertyName : undefined;
    let candidates = options;
    if (typeof discriminator === 'string' && isObject(value)) {
      const tag = value[discriminator];
      const tagged = options.filter((o) => {
        const prop = isObject(o.properties) ? o.properties[discriminator] : undefined;
        const allOfProps = Array.isArray(o.allOf) ? o.allOf.map(resolveRef) : [];
        const props = [
          prop,
          ...allOfProps.map((p) => (isObject(p.properties) ? p.properties[discriminator] : undefined)),
        ];
        return props.some(
          (p) =>
            isObject(p) &&
            Array.isArray(resolveRef(p).enum) &&
            (resolveRef(p).enum as unknown[]).includes(tag),
        );
      });
      if (tagged.length > 0) candidates = tagged;
    }
    const results = candidates.map((o) => validate(o, value, path, check));
    if (!results.some((r) => r.length === 0)) {
      errors.push(`${path}: matches none of oneOf (${results.map((r) => r[0] ?? '').join(' | ')})`);
    }
  }
  if (Array.isArray(schema.anyOf)) {
    const results = schema.anyOf.map((o) => validate(o, value, path, check));
    if (!results.some((r) => r.length === 0)) errors.push(`${path}: matches none of anyOf`);
  }
  const type = schema.type;
  if (typeof type === 'string') {
    const actual = typeOf(value);
    const fits =
      type === 'integer'
        ? typeof value === 'number' && Number.isInteger(value)
        : type === 'number'
          ? typeof value === 'number'
          : actual === type;
    if (!fits) return [...errors, `${path}: expected ${type}, got ${actual}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    errors.push(`${path}: ${JSON.stringify(value)} not in enum ${JSON.stringify(schema.enum)}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: above maximum`);
  }
  if (isObject(value)) {
    if (Array.isArray(schema.required)) {
      for (const key of schema.required) {
        if (typeof key !== 'string' || key in value) continue;
        if (!(check.development && isDeprecated(schema, key)))
          errors.push(`${path}: missing required ${key}`);
      }
    }
    if (isObject(schema.properties)) {
      for (const [key, sub] of Object.entries(schema.properties)) {
        if (key in value && value[key] !== undefined && !isRealNull(value, key))
          errors.push(...validate(sub, value[key], `${path}.${key}`, check));
      }
    }
  }
  if (Array.isArray(value) && schema.items !== undefined) {
    value.forEach((item, i) => {
      errors.push(...validate(schema.items, item, `${path}[${i}]`, check));
    });
  }
  return errors;
}

/**
 * Throws with every mismatch when `body` is not what the spec documents for this operation and status
 * (to a Development Mode app with `check.development`: see SpecCheck).
 */
export function expectMatchesSpec(
  operationId: string,
  status: number,
  body: unknown,
  check: SpecCheck = {},
): void {
  const schema = responseSchema(operationId, status);
  if (schema === undefined) {
    if (body !== undefined && body !== null && body !== '') {
      throw new Error(
        `${operationId} ${status}: the spec documents no JSON body, got ${JSON.stringify(body)}`,
      );
    }
    return;
  }
  const errors = validate(schema, body, '$', check);
  if (errors.length > 0) {
    const shown = errors.slice(0, 20).join('\n  ');
    throw new Error(
      `${operationId} ${status} does not match the spec (${errors.length} problems):\n  ${shown}`,
    );
  }
}

/** Throws with every mismatch when `value` does not match `components.schemas[name]`. */
export function expectMatchesSchema(name: string, value: unknown): void {
  const errors = validate({ $ref: `#/components/schemas/${name}` }, value);
  if (errors.length > 0) throw new Error(`${name} mismatch:\n  ${errors.slice(0, 20).join('\n  ')}`);
}
