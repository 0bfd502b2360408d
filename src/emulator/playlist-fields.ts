import { badRequest } from './errors.js';

/**
 * The `fields` filter of the playlist reads: `a,b.c,d(e,f(!g))`. A dot selects one nested field,
 * parentheses several; `!` excludes a field. Arrays are filtered element by element.
 */
export interface FieldSelection {
  /** Field -> what to keep inside it (`null`: the whole value). */
  include: Map<string, FieldSelection | null>;
  exclude: Set<string>;
}

const NAME = /[A-Za-z0-9_]/;

export function parseFields(input: string): FieldSelection {
  let at = 0;
  const fail = (): never => {
    throw badRequest(`Invalid fields parameter at character ${at + 1}`);
  };

  const parseName = (): string => {
    const start = at;
    while (at < input.length && NAME.test(input[at]!)) at++;
    if (at === start) fail();
    return input.slice(start, at);
  };

  const merge = (into: FieldSelection, name: string, sub: FieldSelection | null): void => {
    if (!into.include.has(name)) {
      into.include.set(name, sub);
      return;
    }
    const existing = into.include.get(name) ?? null;
    // Asking for the whole value wins over asking for parts of it.
    if (existing === null || sub === null) {
      into.include.set(name, null);
      return;
    }
    for (const [key, value] of sub.include) merge(existing, key, value);
    for (const key of sub.exclude) existing.exclude.add(key);
  };

  // One entry of a list: `!name`, `name`, `name.entry` or `name(list)`.
  const parseEntry = (into: FieldSelection): void => {
    if (input[at] === '!') {
      at++;
      into.exclude.add(parseName());
      return;
    }
    const name = parseName();
    if (input[at] === '.') {
      at++;
      const sub: FieldSelection = { include: new Map(), exclude: new Set() };
      parseEntry(sub);
      merge(into, name, sub);
    } else if (input[at] === '(') {
      at++;
      const sub = parseList();
      if (input[at] !== ')') fail();
      at++;
      merge(into, name, sub);
    } else {
      merge(into, name, null);
    }
  };

  const parseList = (): FieldSelection => {
    const selection: FieldSelection = { include: new Map(), exclude: new Set() };
    parseEntry(selection);
    while (input[at] === ',') {
      at++;
      parseEntry(selection);
    }
    return selection;
  };

  input = input.replace(/\s+/g, '');
  const selection = parseList();
  if (at !== input.length) fail();
  return selection;
}

/** `value` reduced to the selected fields. */
export function applyFields(value: unknown, selection: FieldSelection): unknown {
  if (Array.isArray(value)) return value.map((element) => applyFields(element, selection));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  // A list of exclusions alone keeps everything else.
  const keys = selection.include.size > 0 ? [...selection.include.keys()] : Object.keys(source);
  for (const key of keys) {
    if (selection.exclude.has(key) || !(key in source)) continue;
    const sub = selection.include.get(key);
    result[key] = sub ? applyFields(source[key], sub) : source[key];
  }
  return result;
}
