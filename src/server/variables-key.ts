/**
 * An operation's variables written as a key: the response cache's (response-cache.ts) and the
 * subscription cohorts' (subscription-cohorts.ts). Both must treat two requests that run the same way
 * as one, and neither may fail on a value it cannot write.
 */
import { isObject } from '../spotify/json-object.js';

/**
 * JSON of the variables of `variables` named in `names` (the operation's declared variables; others
 * run nothing, so they neither split a key nor are read), as `[name, value]` pairs sorted by name with
 * every object's keys sorted too: `{"b":2,"a":1}` and `{"a":1,"b":2}`, or an unused extra variable,
 * give the same text. A name not given is left out (an explicit `null` is kept: it runs differently).
 * Undefined when a value cannot be written: one nested too deep for JSON.stringify's stack (a value
 * 5,000 arrays deep, under 1 MiB, was a 500: attack 6, F1), or a BigInt or a throwing getter from a
 * caller that passes objects of its own; and when JSON would write it as another value that runs
 * differently (NaN or Infinity as `null`, a Date or other `toJSON` object as its string, a function as
 * nothing), so that two different variables never share a key. `undefined` is written as JSON writes
 * it (`null` in a list or as a variable, left out of an object): GraphQL coerces it as that.
 */
export function variablesKey(names: Iterable<string>, variables: unknown): string | undefined {
  const given = (typeof variables === 'object' && variables !== null ? variables : {}) as Record<
    string,
    unknown
  >;
  const values: [string, unknown][] = [];
  for (const name of [...names].sort()) if (Object.hasOwn(given, name)) values.push([name, given[name]]);
  try {
    return JSON.stringify(values, sortedKeys);
  } catch {
    return undefined;
  }
}

/**
 * JSON.stringify's replacer for variablesKey: a plain object's entries in key order. Throws for a value
 * JSON writes as another one (`this[key]` is the value before its `toJSON`): variablesKey answers undefined.
 */
function sortedKeys(this: unknown, key: string, value: unknown): unknown {
  const original = (this as Record<string, unknown>)[key];
  if (
    (typeof original === 'number' && !Number.isFinite(original)) ||
    typeof original === 'function' ||
    typeof original === 'symbol' ||
    (typeof original === 'object' && original !== null && original !== value)
  )
    throw new TypeError('a value JSON writes as another');
  return isObject(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;
}
