import { randomUUID } from 'node:crypto';
import { MAX_EDITS, pointerTokens } from './answer-edits.js';
import { TEXT_ENCODINGS, type TextEncoding } from './text-encodings.js';

/** A fault rule of the control API: what to do to matching requests, how often, how many times. */
export interface FaultRule {
  id: string;
  /** `METHOD /template` (e.g. `GET /v1/albums/{id}`), a bare template, or absent for every route. */
  route?: string;
  /**
   * Query parameters the request must carry with these values (`{"offset": "100"}`: only the page at
   * offset 100): one page of a list read several pages at once fails or comes back wrong, whatever
   * order the pages arrive in.
   */
  query?: Record<string, string>;
  status?: number;
  retryAfter?: number;
  reason?: string;
  /** How many requests the rule applies to; absent for unlimited. */
  times?: number;
  /** Chance (0..1) that a matching request is hit. */
  probability?: number;
  latencyMs?: number;
  /** Destroy the socket without answering. */
  drop?: boolean;
  body?: 'truncated' | 'non-json';
  /** Answer this text as the body (with `contentType`, default text/plain), with `status` or the route's own. */
  text?: string;
  /**
   * The answer's Content-Type: of `text`, of a broken `body`, or alone of the route's own answer or the
   * `status` error body, whose body is kept (JSON labelled `text/plain`).
   */
  contentType?: string;
  /** The encoding `text` is sent in, whatever `contentType` says (text-encodings.ts); UTF-8 when absent. */
  encoding?: TextEncoding;
  /** Let the route run first (its change is applied), then answer the fault: a write applied but answered with an error. */
  apply?: boolean;
  /**
   * Paging metadata that disagrees with the items: `endless-empty` answers every page with no items,
   * a `next` that points one page further and a total far beyond; `short-next` cuts every page to
   * half its items (at least one) while `next` still points further; `next-null` says `next: null`
   * while the total counts more items than the page reaches; `left-out` leaves the page's middle item
   * out (a page of two or more) while its `total` and `next` still count it, as Spotify does with
   * items it will not list (the other items keep their offsets: the page is short by one);
   * `total-infinite` sends every page's `total` as the JSON number `1e999`, which JSON.parse reads as
   * Infinity (a total no count, that no `set` value can carry: JSON has no NaN nor Infinity).
   */
  paging?: PagingFault;
  /**
   * Offsets of the list whose items are left out of every page that holds them, while `total` and
   * `next` still count them (Spotify's items it will not list, such as a saved track no longer
   * available: the same one missing however the list is paged, a one-item page at its offset empty);
   * the other items keep their offsets. Up to 100 offsets, each 0 to 100,000.
   */
  leaveOut?: number[];
  /**
   * Edits to the route's own JSON answer (src/emulator/answer-edits.ts): `set` puts each value at its
   * JSON Pointer (`{"/devices/0/name": null}`), `unset` removes what each pointer names.
   */
  set?: Record<string, unknown>;
  unset?: string[];
}

/** The ways a fault makes paging metadata disagree with the items (see FaultRule.paging). */
export const PAGING_FAULTS = [
  'endless-empty',
  'short-next',
  'next-null',
  'left-out',
  'total-infinite',
] as const;
export type PagingFault = (typeof PAGING_FAULTS)[number];

/** Most fault rules kept at once: tests need a handful; more is a runaway client. */
export const MAX_FAULT_RULES = 1_000;
/**
 * Most characters all kept fault rules take together, as JSON (their `text` bodies, up to 65,536
 * characters each, and `set` values, bounded only by the 2 MiB request body, make up most of it).
 */
export const MAX_FAULT_RULE_CHARS = 16 * 1024 * 1024;

/**
 * The emulator's fault rules (control API `/__emulator/faults`), at most MAX_FAULT_RULES of them
 * taking at most MAX_FAULT_RULE_CHARS characters as JSON together: a rule beyond either is refused
 * (FaultLimitError), the rules kept as they were.
 */
export class FaultInjector {
  private rules: FaultRule[] = [];
  /** Each kept rule's size as JSON, in characters. */
  private readonly sizes = new WeakMap<FaultRule, number>();

  /** `routes`: the routes a rule's `route` may name, as `METHOD /template` (`GET /v1/albums/{id}`). */
  constructor(private readonly routes: () => readonly string[] = () => []) {}

  /**
   * Adds a rule; throws FaultRuleError for one that is malformed or names a route there is not, and
   * FaultLimitError when MAX_FAULT_RULES rules are kept already or it would take the rules beyond
   * MAX_FAULT_RULE_CHARS.
   */
  add(input: unknown): FaultRule {
    const rule = parseRule(input);
    if (rule.route !== undefined) checkRoute(rule.route, this.routes());
    const clear = 'clear them (DELETE /__emulator/faults) first';
    if (this.rules.length >= MAX_FAULT_RULES) {
      throw new FaultLimitError(`At most ${MAX_FAULT_RULES} fault rules at once: ${clear}`);
    }
    const size = JSON.stringify(rule).length;
    const kept = this.rules.reduce((sum, each) => sum + (this.sizes.get(each) ?? 0), 0);
    if (kept + size > MAX_FAULT_RULE_CHARS) {
      throw new FaultLimitError(
        `At most ${MAX_FAULT_RULE_CHARS} characters of fault rules (as JSON) at once: ${clear}`,
      );
    }
    this.sizes.set(rule, size);
    this.rules.push(rule);
    return rule;
  }

  list(): readonly FaultRule[] {
    return this.rules;
  }

  clear(): void {
    this.rules = [];
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length !== before;
  }

  /** The first rule that hits this request (its route and `query`), consuming one of its `times`. */
  take(method: string, template: string, query?: URLSearchParams): FaultRule | undefined {
    for (const rule of this.rules) {
      if (rule.route !== undefined && rule.route !== `${method} ${template}` && rule.route !== template)
        continue;
      if (rule.query !== undefined && !Object.entries(rule.query).every(([k, v]) => query?.get(k) === v))
        continue;
      if (rule.probability !== undefined && Math.random() >= rule.probability) continue;
      if (rule.times !== undefined) {
        rule.times--;
        if (rule.times <= 0) this.rules = this.rules.filter((r) => r !== rule);
      }
      return rule;
    }
    return undefined;
  }
}

export class FaultRuleError extends Error {}

/** A fault rule refused because the rules kept are at their bound (MAX_FAULT_RULES, MAX_FAULT_TEXT_CHARS). */
export class FaultLimitError extends Error {}

/** A template with its parameters' names left out (`/v1/albums/{}`), to compare templates by shape. */
const shapeOf = (template: string): string => template.replace(/\{[^}/]*\}/g, '{}');

/**
 * Refuses (FaultRuleError) a rule `route` that no request could match, so that it would never fire:
 * it must be one of `known` (`GET /v1/albums/{id}`) or a template of one (`/v1/albums/{id}`, any
 * method). The message says what is wrong (a lower-case method, a query string, a parameter named
 * otherwise than in the template) and names the nearest routes.
 */
function checkRoute(route: string, known: readonly string[]): void {
  if (known.length === 0 || known.includes(route) || known.some((name) => name.endsWith(` ${route}`))) return;
  const [first = '', ...rest] = route.trim().split(/\s+/);
  const method = rest.length > 0 ? first : undefined;
  const path = rest.length > 0 ? rest.join(' ') : first;
  const bare = path.split('?')[0] ?? '';
  const upper = method?.toUpperCase();
  const sameShape = known.filter(
    (name) =>
      shapeOf(name.slice(name.indexOf(' ') + 1)) === shapeOf(bare) &&
      (!upper || name.startsWith(`${upper} `)),
  );
  const problem = path.includes('?')
    ? `a route takes no query string (put its parameters in "query": ${JSON.stringify(Object.fromEntries(new URLSearchParams(path.slice(path.indexOf('?') + 1)))).slice(0, 200)})`
    : method !== undefined && method !== upper
      ? 'the method is upper case'
      : sameShape.length > 0
        ? "its template's parameters are named otherwise"
        : 'no route of the emulator has it (each entry of GET /__emulator/requests names the route a request took)';
  const nearest = sameShape.length > 0 ? sameShape : nearestRoutes(bare, upper, known);
  throw new FaultRuleError(
    `route ${JSON.stringify(route.slice(0, 200))} matches no route: ${problem}` +
      (nearest.length > 0
        ? ` (did you mean ${nearest.map((name) => JSON.stringify(name)).join(', ')}?)`
        : ''),
  );
}

/** Up to 5 of `known` sharing the most leading path segments with `path` (of `method` first). */
function nearestRoutes(path: string, method: string | undefined, known: readonly string[]): string[] {
  const segments = path.split('/');
  const shared = (name: string): number => {
    const theirs = name.slice(name.indexOf(' ') + 1).split('/');
    let n = 0;
    while (
      n < segments.length &&
      n < theirs.length &&
      shapeOf(segments[n] ?? '') === shapeOf(theirs[n] ?? '')
    )
      n += 1;
    return n + (method !== undefined && name.startsWith(`${method} `) ? 0.5 : 0);
  };
  const scored = known.map((name) => ({ name, score: shared(name) }));
  const best = Math.max(...scored.map((entry) => entry.score));
  // Past `/v1` at least: every Web API route shares that much.
  if (best < 3) return [];
  return scored
    .filter((entry) => entry.score === best)
    .slice(0, 5)
    .map((entry) => entry.name);
}

function parseRule(input: unknown): FaultRule {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new FaultRuleError('A fault rule is a JSON object');
  }
  const raw = input as Record<string, unknown>;
  for (const key of Object.keys(raw))
    if (!KNOWN_FIELDS.has(key)) {
      throw new FaultRuleError(`Unknown fault field: ${key}; a rule takes ${[...KNOWN_FIELDS].join(', ')}`);
    }
  const rule: FaultRule = { id: randomUUID() };
  readWhenAndWhere(raw, rule);
  readEffects(raw, rule);
  refuseConflicts(rule);
  if (
    rule.status === undefined &&
    !rule.drop &&
    rule.body === undefined &&
    rule.latencyMs === undefined &&
    rule.text === undefined &&
    rule.contentType === undefined &&
    rule.paging === undefined &&
    rule.leaveOut === undefined &&
    rule.set === undefined &&
    rule.unset === undefined
  ) {
    throw new FaultRuleError(
      'A fault rule needs at least one of status, drop, body, text, contentType, paging, leaveOut, set, unset, latencyMs',
    );
  }
  return rule;
}

/**
 * Statuses whose HTTP message has no body (RFC 9110 §6.4.1): the server sends them with no body and no
 * length, so a rule that gives one a body is refused (it would be dropped).
 */
export const BODILESS_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);

/**
 * Refuses fields one rule cannot honour together: `text` and `body` both say what the body is; a
 * bodiless `status` (204, 205, 304) has no body to give or label (200 is the 2xx with a body); and a
 * `drop` (the socket closed, no answer) leaves no status, body or edits to answer with.
 */
function refuseConflicts(rule: FaultRule): void {
  if (rule.text !== undefined && rule.body !== undefined) {
    throw new FaultRuleError('text and body conflict: give one of them');
  }
  if (rule.status !== undefined && BODILESS_STATUSES.has(rule.status)) {
    const bodied = (['body', 'text', 'contentType'] as const).filter((key) => rule[key] !== undefined);
    if (bodied.length > 0) {
      throw new FaultRuleError(
        `status ${rule.status} has no body in HTTP, so ${bodied.join(', ')} would be dropped: use status 200 for a 2xx with a body`,
      );
    }
  }
  if (!rule.drop) return;
  const answered = (
    [
      'status',
      'retryAfter',
      'body',
      'text',
      'contentType',
      'encoding',
      'paging',
      'leaveOut',
      'set',
      'unset',
    ] as const
  ).filter((key) => rule[key] !== undefined);
  if (answered.length > 0) {
    throw new FaultRuleError(`drop conflicts with ${answered.join(', ')}: a dropped request has no answer`);
  }
}

const KNOWN_FIELDS = new Set([
  'route',
  'query',
  'status',
  'retryAfter',
  'reason',
  'times',
  'probability',
  'latencyMs',
  'drop',
  'body',
  'text',
  'contentType',
  'encoding',
  'apply',
  'paging',
  'leaveOut',
  'set',
  'unset',
]);

/** The rule's route, query, status, Retry-After, times, latency and probability, checked into `rule`. */
function readWhenAndWhere(raw: Record<string, unknown>, rule: FaultRule): void {
  const int = (key: string, min: number, max: number): number | undefined => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new FaultRuleError(`${key} must be an integer from ${min} to ${max}`);
    }
    return value;
  };
  if (raw.route !== undefined) {
    if (typeof raw.route !== 'string' || raw.route === '') throw new FaultRuleError('route must be a string');
    rule.route = raw.route;
  }
  if (raw.query !== undefined) {
    const query = raw.query;
    if (
      typeof query !== 'object' ||
      query === null ||
      Array.isArray(query) ||
      !Object.values(query).every((v) => typeof v === 'string')
    ) {
      throw new FaultRuleError('query must be an object of parameter names to string values');
    }
    rule.query = query as Record<string, string>;
  }
  // 1xx answers are interim: a final answer must follow, which a fault does not send (the request hung).
  const status = int('status', 200, 599);
  if (status !== undefined) rule.status = status;
  const retryAfter = int('retryAfter', 0, 86_400 * 7);
  if (retryAfter !== undefined) rule.retryAfter = retryAfter;
  const times = int('times', 1, 1_000_000);
  if (times !== undefined) rule.times = times;
  const latencyMs = int('latencyMs', 0, 120_000);
  if (latencyMs !== undefined) rule.latencyMs = latencyMs;
  if (raw.probability !== undefined) {
    if (typeof raw.probability !== 'number' || raw.probability < 0 || raw.probability > 1) {
      throw new FaultRuleError('probability must be a number from 0 to 1');
    }
    rule.probability = raw.probability;
  }
}

/** Whether `value` holds a C0 control character (U+0000 to U+001F) or DEL. */
const hasControlCharacter = (value: string): boolean =>
  [...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

/** The rule's reason, drop, body, text, content type, apply and paging, checked into `rule`. */
function readEffects(raw: Record<string, unknown>, rule: FaultRule): void {
  if (raw.reason !== undefined) {
    if (typeof raw.reason !== 'string') throw new FaultRuleError('reason must be a string');
    rule.reason = raw.reason;
  }
  if (raw.drop !== undefined) {
    if (typeof raw.drop !== 'boolean') throw new FaultRuleError('drop must be a boolean');
    rule.drop = raw.drop;
  }
  if (raw.body !== undefined) {
    if (raw.body !== 'truncated' && raw.body !== 'non-json') {
      throw new FaultRuleError('body must be "truncated" or "non-json"');
    }
    rule.body = raw.body;
  }
  for (const key of ['text', 'contentType'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > 65_536) {
      throw new FaultRuleError(`${key} must be a string of at most 65536 characters`);
    }
    // A header value with a control character (CR, LF, NUL) cannot be sent: Node throws when it fires.
    if (key === 'contentType' && hasControlCharacter(value)) {
      throw new FaultRuleError('contentType must hold no control characters (CR, LF, tab, NUL)');
    }
    rule[key] = value;
  }
  if (raw.encoding !== undefined) {
    const encoding = TEXT_ENCODINGS.find((one) => one === raw.encoding);
    if (encoding === undefined || raw.text === undefined) {
      throw new FaultRuleError(`encoding must be one of ${TEXT_ENCODINGS.join(', ')}, given with text`);
    }
    rule.encoding = encoding;
  }
  if (raw.apply !== undefined) {
    if (typeof raw.apply !== 'boolean') throw new FaultRuleError('apply must be a boolean');
    rule.apply = raw.apply;
  }
  if (raw.paging !== undefined) {
    const paging = PAGING_FAULTS.find((kind) => kind === raw.paging);
    if (paging === undefined) {
      throw new FaultRuleError(`paging must be one of ${PAGING_FAULTS.map((k) => `"${k}"`).join(', ')}`);
    }
    rule.paging = paging;
  }
  if (raw.leaveOut !== undefined) {
    const offsets = raw.leaveOut;
    const offset = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100_000;
    if (!Array.isArray(offsets) || offsets.length === 0 || offsets.length > 100 || !offsets.every(offset)) {
      throw new FaultRuleError(
        'leaveOut must be a list of 1 to 100 offsets, each an integer from 0 to 100000',
      );
    }
    rule.leaveOut = offsets as number[];
  }
  readEdits(raw, rule);
}

/** The rule's `set` (JSON Pointer to value) and `unset` (JSON Pointers), checked into `rule`. */
function readEdits(raw: Record<string, unknown>, rule: FaultRule): void {
  const pointer = (value: unknown): value is string =>
    typeof value === 'string' && pointerTokens(value) !== undefined;
  if (raw.set !== undefined) {
    const set = raw.set;
    if (typeof set !== 'object' || set === null || Array.isArray(set)) {
      throw new FaultRuleError('set must be an object of JSON Pointers to values');
    }
    const keys = Object.keys(set);
    if (keys.length > MAX_EDITS || !keys.every(pointer)) {
      throw new FaultRuleError(`set must hold at most ${MAX_EDITS} JSON Pointers (each starting with /)`);
    }
    rule.set = set as Record<string, unknown>;
  }
  if (raw.unset !== undefined) {
    const unset = raw.unset;
    if (!Array.isArray(unset) || unset.length > MAX_EDITS || !unset.every(pointer)) {
      throw new FaultRuleError(
        `unset must be a list of at most ${MAX_EDITS} JSON Pointers (each starting with /)`,
      );
    }
    rule.unset = unset as string[];
  }
}
