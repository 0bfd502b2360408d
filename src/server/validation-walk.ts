/**
 * graphql-js's `validate` for executable documents, with its own walk of the AST: the same rules'
 * visitors called on the same nodes in the same order with the same arguments (node, key, parent,
 * path, ancestors) and the same TypeInfo, the same skipping (a rule's `false` skips the node's subtree
 * for that rule only, BREAK stops that rule), the same errors in the same order. graphql-js merges
 * the rules with `visitInParallel` (every rule asked for every one of 40-odd kinds, per validation)
 * and walks with its generic `visit` (edit bookkeeping, `isNode` on every value, a kind lookup per
 * node and visitor): about half of a small first-seen document's validation. Here each rule's handler
 * of a kind is looked up once per validation, on the first node of that kind.
 */
import {
  type ASTNode,
  type ASTVisitor,
  assertValidSchema,
  BREAK,
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  TypeInfo,
  ValidationContext,
  type ValidationRule,
} from 'graphql';
import { QueryDocumentKeys } from 'graphql/language/ast.js';
import { validationAbortedError } from 'graphql/validation/validationAbortedError.js';
import { CachedTypeInfo } from './cached-type-info.js';
import { type Idle, RULE_SHAPES, type RuleShape } from './idle-handlers.js';

type VisitFn = (
  this: ASTVisitor,
  node: ASTNode,
  key: string | number | undefined,
  parent: unknown,
  path: readonly (string | number)[],
  ancestors: readonly unknown[],
) => unknown;

/** The rules' handlers of one kind of node, by rule (undefined: the rule does nothing there). */
interface KindHandlers {
  enters: (VisitFn | undefined)[];
  leaves: (VisitFn | undefined)[];
  /** Per rule: when its handler is idle (idle-handlers.ts), to skip the call. */
  enterIdle: (Idle | undefined)[];
  leaveIdle: (Idle | undefined)[];
  /** No rule handles the kind: only TypeInfo follows the node. */
  none: boolean;
  /**
   * Nothing happens at such a node nor under it: no rule handles it and TypeInfo ignores it (a Name, a
   * scalar value; a Variable or NamedType, whose only child is a Name). The walk does not go in.
   */
  inert: boolean;
}

/** The children graphql-js's validation visits, per kind (its QueryDocumentKeys without `description`). */
const CHILD_KEYS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(QueryDocumentKeys as Record<string, readonly string[]>).map(([kind, keys]) => [
    kind,
    keys.filter((key) => key !== 'description'),
  ]),
);

/**
 * The children Walk.children reads by name, per kind, in its order: checked against CHILD_KEYS when the
 * module loads (another graphql-js with other children refuses to load instead of missing them).
 */
const READ_BY_NAME: Readonly<Record<string, readonly string[]>> = {
  [Kind.DOCUMENT]: ['definitions'],
  [Kind.OPERATION_DEFINITION]: ['name', 'variableDefinitions', 'directives', 'selectionSet'],
  [Kind.VARIABLE_DEFINITION]: ['variable', 'type', 'defaultValue', 'directives'],
  [Kind.SELECTION_SET]: ['selections'],
  [Kind.FIELD]: ['alias', 'name', 'arguments', 'directives', 'selectionSet'],
  [Kind.ARGUMENT]: ['name', 'value'],
  [Kind.FRAGMENT_SPREAD]: ['name', 'directives'],
  [Kind.INLINE_FRAGMENT]: ['typeCondition', 'directives', 'selectionSet'],
  [Kind.FRAGMENT_DEFINITION]: ['name', 'variableDefinitions', 'typeCondition', 'directives', 'selectionSet'],
  [Kind.DIRECTIVE]: ['name', 'arguments'],
  [Kind.VARIABLE]: ['name'],
  [Kind.NAMED_TYPE]: ['name'],
};
for (const [kind, keys] of Object.entries(READ_BY_NAME))
  if (keys.join() !== CHILD_KEYS[kind]?.join())
    throw new Error(
      `validateWalk reads ${kind}'s ${keys.join()}, graphql-js visits ${CHILD_KEYS[kind]?.join()}`,
    );

/** Kinds graphql-js's TypeInfo does nothing on and that have no children. */
const LEAVES_TYPEINFO_IGNORES: ReadonlySet<string> = new Set([
  Kind.NAME,
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
]);

/** Kinds graphql-js's TypeInfo does nothing on whose only child is a Name. */
const NAMED_TYPEINFO_IGNORES: ReadonlySet<string> = new Set([Kind.VARIABLE, Kind.NAMED_TYPE]);

/** A rule's visitor's enter (or leave) for `kind`, as graphql-js's getEnterLeaveForKind reads it. */
function handlerOf(visitor: ASTVisitor, kind: string, phase: 'enter' | 'leave'): VisitFn | undefined {
  const own = (visitor as Record<string, unknown>)[kind];
  if (typeof own === 'object' && own !== null)
    return ((own as { enter?: VisitFn; leave?: VisitFn })[phase] ?? undefined) as VisitFn | undefined;
  if (typeof own === 'function') return phase === 'enter' ? (own as VisitFn) : undefined;
  return ((visitor as { enter?: VisitFn; leave?: VisitFn })[phase] ?? undefined) as VisitFn | undefined;
}

/** The handler of a lazy rule not made yet (never called: Walk.made makes the rule and reads its own). */
const LAZY: VisitFn = () => undefined;

/** Lazy rules whose handlers were checked against their RuleShape (once per process: checkLazyShapes). */
let lazyShapesChecked = false;

/**
 * Refuses a lazy rule whose visitor has other handlers than its RuleShape names (another graphql-js):
 * validateWalk would miss their calls until the rule is made.
 */
function checkShape(rule: ValidationRule, visitor: ASTVisitor, shape: RuleShape): void {
  const has = new Set<string>();
  if (Object.getPrototypeOf(visitor) === Object.prototype)
    for (const kind of Object.keys(visitor)) {
      if (handlerOf(visitor, kind, 'enter') !== undefined) has.add(`${kind}.enter`);
      if (handlerOf(visitor, kind, 'leave') !== undefined) has.add(`${kind}.leave`);
    }
  const named = new Set(shape.handlers.map((handler) => `${handler.kind}.${handler.phase}`));
  if (has.size !== named.size || [...has].some((handler) => !named.has(handler)))
    throw new Error(
      `validateWalk: ${rule.name} handles ${[...has].join(', ') || 'nothing it can read'}, not ${[...named].join(', ')} (src/server/idle-handlers.ts)`,
    );
}

function checkLazyShapes(context: ValidationContext): void {
  for (const [rule, shape] of RULE_SHAPES) if (shape.lazy) checkShape(rule, rule(context), shape);
  lazyShapesChecked = true;
}

/** One validation's walk: the rules' visitors, their skipping state and the traversal's state. */
class Walk {
  /** The handlers per kind: all of them (ownHandlers) or, else, those met so far. */
  private readonly byKind = new Map<string, KindHandlers>();
  private readonly complete: boolean;
  /** Per rule: its visitor, undefined for a lazy rule not made yet. */
  private readonly visitors: (ASTVisitor | undefined)[];
  private readonly shapes: (RuleShape | undefined)[];
  /** Per visitor: null, or the node whose subtree it skips, or BREAK. */
  private readonly skipping: unknown[];
  /**
   * TypeInfo is graphql-js's own or CachedTypeInfo (graphql-js's on those kinds): it does nothing on the
   * kinds LEAVES_TYPEINFO_IGNORES names.
   */
  private readonly plainTypeInfo: boolean;
  readonly path: (string | number)[] = [];
  readonly ancestors: unknown[] = [];

  constructor(
    private readonly rules: readonly ValidationRule[],
    private readonly context: ValidationContext,
    private readonly typeInfo: TypeInfo,
  ) {
    this.skipping = new Array<unknown>(rules.length).fill(null);
    this.shapes = rules.map((rule) => RULE_SHAPES.get(rule));
    this.visitors = rules.map((rule, i) => (this.shapes[i]?.lazy ? undefined : rule(context)));
    this.plainTypeInfo =
      (typeInfo.enter === TypeInfo.prototype.enter || typeInfo.enter === CachedTypeInfo.prototype.enter) &&
      typeInfo.leave === TypeInfo.prototype.leave;
    this.complete = this.ownHandlers();
  }

  /**
   * Every kind's handlers, read off the visitors' own keys and the lazy rules' shapes (one pass over a
   * few keys each, instead of a lookup of every visitor on each kind met, mostly misses); false when a
   * visitor is not a plain object (its handlers may be inherited) or has a generic enter/leave (it
   * handles every kind): the handlers are then read per kind met.
   */
  private ownHandlers(): boolean {
    for (const visitor of this.visitors) {
      if (visitor === undefined) continue;
      if (Object.getPrototypeOf(visitor) !== Object.prototype || 'enter' in visitor || 'leave' in visitor)
        return false;
    }
    for (let i = 0; i < this.visitors.length; i++) {
      const visitor = this.visitors[i];
      if (visitor === undefined) {
        for (const { kind, phase } of this.shapes[i]?.handlers ?? [])
          this.set(kind, i, phase === 'enter' ? LAZY : undefined, phase === 'leave' ? LAZY : undefined);
      } else
        for (const kind of Object.keys(visitor)) {
          const enter = handlerOf(visitor, kind, 'enter');
          const leave = handlerOf(visitor, kind, 'leave');
          if (enter !== undefined || leave !== undefined) this.set(kind, i, enter, leave);
        }
    }
    return true;
  }

  private set(kind: string, i: number, enter: VisitFn | undefined, leave: VisitFn | undefined): void {
    let handlers = this.byKind.get(kind);
    if (handlers === undefined) {
      handlers = this.emptyHandlers();
      this.byKind.set(kind, handlers);
    }
    handlers.none = false;
    if (enter !== undefined) {
      handlers.enters[i] = enter;
      handlers.enterIdle[i] = this.idleOf(i, kind, 'enter');
    }
    if (leave !== undefined) {
      handlers.leaves[i] = leave;
      handlers.leaveIdle[i] = this.idleOf(i, kind, 'leave');
    }
  }

  private emptyHandlers(): KindHandlers {
    const n = this.visitors.length;
    return {
      enters: new Array<undefined>(n).fill(undefined),
      leaves: new Array<undefined>(n).fill(undefined),
      enterIdle: new Array<undefined>(n).fill(undefined),
      leaveIdle: new Array<undefined>(n).fill(undefined),
      none: true,
      inert: false,
    };
  }

  /** Whether TypeInfo ignores `kind` and its children, and no rule handles them (KindHandlers.inert). */
  private ignored(kind: string): boolean {
    if (!this.plainTypeInfo) return false;
    if (LEAVES_TYPEINFO_IGNORES.has(kind)) return true;
    return NAMED_TYPEINFO_IGNORES.has(kind) && this.handlers(Kind.NAME).inert;
  }

  private idleOf(i: number, kind: string, phase: 'enter' | 'leave'): Idle | undefined {
    const shape = this.shapes[i];
    if (shape === undefined) return undefined;
    for (const handler of shape.handlers)
      if (handler.kind === kind && handler.phase === phase) return handler.idle;
    return undefined;
  }

  private handlers(kind: string): KindHandlers {
    const known = this.byKind.get(kind);
    if (known !== undefined) return known;
    // When read at once (ownHandlers), every kind a visitor handles is in byKind already.
    const handlers = this.emptyHandlers();
    this.byKind.set(kind, handlers);
    if (!this.complete) this.readHandlers(kind);
    handlers.inert = handlers.none && this.ignored(kind);
    return handlers;
  }

  /** Each visitor's handlers of `kind` (a lazy rule's from its shape), when not all are read at once. */
  private readHandlers(kind: string): void {
    for (let i = 0; i < this.visitors.length; i++) {
      const visitor = this.visitors[i];
      let enter: VisitFn | undefined;
      let leave: VisitFn | undefined;
      if (visitor === undefined) {
        for (const handler of this.shapes[i]?.handlers ?? [])
          if (handler.kind === kind) {
            if (handler.phase === 'enter') enter = LAZY;
            else leave = LAZY;
          }
      } else {
        enter = handlerOf(visitor, kind, 'enter');
        leave = handlerOf(visitor, kind, 'leave');
      }
      if (enter !== undefined || leave !== undefined) this.set(kind, i, enter, leave);
    }
  }

  /** Makes lazy rule `i`: its handlers replace LAZY in every kind met; answers its handler of `kind`. */
  private made(i: number, kind: string, phase: 'enter' | 'leave'): VisitFn | undefined {
    const visitor = this.rules[i]!(this.context);
    this.visitors[i] = visitor;
    for (const [each, handlers] of this.byKind) {
      if (handlers.enters[i] === LAZY) handlers.enters[i] = handlerOf(visitor, each, 'enter');
      if (handlers.leaves[i] === LAZY) handlers.leaves[i] = handlerOf(visitor, each, 'leave');
    }
    return handlerOf(visitor, kind, phase);
  }

  /** Visits `node` (reached from `parent` by `key`) and its subtree, as graphql-js's visit does. */
  node(node: ASTNode, key: string | number | undefined, parent: unknown, handlers: KindHandlers): void {
    this.typeInfo.enter(node);
    if (!handlers.none && this.enter(node, handlers, key, parent)) {
      // A rule answered something else than false or BREAK (an edit: no validation rule does that).
      this.typeInfo.leave(node);
      return;
    }
    if (parent !== undefined) this.ancestors.push(parent);
    this.children(node);
    if (parent !== undefined) this.ancestors.pop();
    if (!handlers.none) this.leave(node, handlers, key, parent);
    this.typeInfo.leave(node);
  }

  /**
   * Visits the children of `node` in graphql-js's order (CHILD_KEYS); those of the executable kinds read
   * by name (READ_BY_NAME: one shape per call site, where a key read from a list is a lookup per node).
   */
  private children(node: ASTNode): void {
    switch (node.kind) {
      case Kind.DOCUMENT:
        this.many(node, 'definitions', node.definitions);
        return;
      case Kind.OPERATION_DEFINITION:
        this.one(node, 'name', node.name);
        this.many(node, 'variableDefinitions', node.variableDefinitions);
        this.many(node, 'directives', node.directives);
        this.one(node, 'selectionSet', node.selectionSet);
        return;
      case Kind.VARIABLE_DEFINITION:
        this.one(node, 'variable', node.variable);
        this.one(node, 'type', node.type);
        this.one(node, 'defaultValue', node.defaultValue);
        this.many(node, 'directives', node.directives);
        return;
      case Kind.SELECTION_SET:
        this.many(node, 'selections', node.selections);
        return;
      case Kind.FIELD:
        this.one(node, 'alias', node.alias);
        this.one(node, 'name', node.name);
        this.many(node, 'arguments', node.arguments);
        this.many(node, 'directives', node.directives);
        this.one(node, 'selectionSet', node.selectionSet);
        return;
      case Kind.ARGUMENT:
        this.one(node, 'name', node.name);
        this.one(node, 'value', node.value);
        return;
      case Kind.FRAGMENT_SPREAD:
        this.one(node, 'name', node.name);
        this.many(node, 'directives', node.directives);
        return;
      case Kind.INLINE_FRAGMENT:
        this.one(node, 'typeCondition', node.typeCondition);
        this.many(node, 'directives', node.directives);
        this.one(node, 'selectionSet', node.selectionSet);
        return;
      case Kind.FRAGMENT_DEFINITION:
        this.one(node, 'name', node.name);
        this.many(node, 'variableDefinitions', node.variableDefinitions);
        this.one(node, 'typeCondition', node.typeCondition);
        this.many(node, 'directives', node.directives);
        this.one(node, 'selectionSet', node.selectionSet);
        return;
      case Kind.DIRECTIVE:
        this.one(node, 'name', node.name);
        this.many(node, 'arguments', node.arguments);
        return;
      case Kind.VARIABLE:
      case Kind.NAMED_TYPE:
        this.one(node, 'name', node.name);
        return;
      default:
        this.anyChildren(node);
        return;
    }
  }

  /** Visits the children of a node of another kind, by CHILD_KEYS. */
  private anyChildren(node: ASTNode): void {
    for (const childKey of CHILD_KEYS[node.kind] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[childKey];
      if (Array.isArray(value)) this.many(node, childKey, value as readonly ASTNode[]);
      else if (typeof (value as { kind?: unknown } | null | undefined)?.kind === 'string')
        this.one(node, childKey, value as ASTNode);
    }
  }

  /** Visits `child`, the `key` of `parent`, unless it is inert. */
  private one(parent: ASTNode, key: string, child: ASTNode | null | undefined): void {
    if (child === undefined || child === null) return;
    const handlers = this.handlers(child.kind);
    if (handlers.inert) return;
    this.path.push(key);
    this.node(child, key, parent, handlers);
    this.path.pop();
  }

  /** Visits the nodes of `list`, the `key` of `parent`, but the inert ones. */
  private many(parent: ASTNode, key: string, list: readonly ASTNode[] | null | undefined): void {
    if (list === undefined || list === null) return;
    this.path.push(key);
    this.ancestors.push(parent);
    for (let i = 0; i < list.length; i++) {
      const child = list[i] as ASTNode;
      const handlers = this.handlers(child.kind);
      if (handlers.inert) continue;
      this.path.push(i);
      this.node(child, i, list, handlers);
      this.path.pop();
    }
    this.ancestors.pop();
    this.path.pop();
  }

  /** The rules' enter (visitInParallel's): true when one answered an edit (the subtree is skipped). */
  private enter(
    node: ASTNode,
    handlers: KindHandlers,
    key: string | number | undefined,
    parent: unknown,
  ): boolean {
    for (let i = 0; i < this.visitors.length; i++) {
      if (this.skipping[i] !== null) continue;
      let enter = handlers.enters[i];
      if (enter === undefined) continue;
      if (handlers.enterIdle[i]?.(this.context, node)) continue;
      if (enter === LAZY) enter = this.made(i, node.kind, 'enter');
      const result = enter?.call(this.visitors[i]!, node, key, parent, this.path, this.ancestors);
      if (result === false) this.skipping[i] = node;
      else if (result === BREAK) this.skipping[i] = BREAK;
      else if (result !== undefined) return true;
    }
    return false;
  }

  /** The rules' leave (visitInParallel's). */
  private leave(
    node: ASTNode,
    handlers: KindHandlers,
    key: string | number | undefined,
    parent: unknown,
  ): void {
    for (let i = 0; i < this.visitors.length; i++) {
      if (this.skipping[i] === null) {
        let leave = handlers.leaves[i];
        if (leave === undefined || handlers.leaveIdle[i]?.(this.context, node)) continue;
        if (leave === LAZY) leave = this.made(i, node.kind, 'leave');
        const result = leave?.call(this.visitors[i]!, node, key, parent, this.path, this.ancestors);
        if (result === BREAK) this.skipping[i] = BREAK;
        else if (result !== undefined && result !== false) return;
      } else if (this.skipping[i] === node) this.skipping[i] = null;
    }
  }

  /** Walks the document from its root. */
  document(document: DocumentNode): void {
    this.node(document, undefined, undefined, this.handlers(document.kind));
  }
}

/**
 * graphql-js 16's `validate(schema, document, rules, options)` (same errors, same order, the same
 * `maxErrors` abort and "Validation aborted." of the field-overlap rule's budget), walking the
 * document with Walk. Throws what `validate` throws (an invalid schema).
 */
export function validateWalk(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: readonly ValidationRule[],
  options?: { maxErrors?: number; hideSuggestions?: boolean },
  typeInfo: TypeInfo = new CachedTypeInfo(schema),
): GraphQLError[] {
  const maxErrors = options?.maxErrors ?? 100;
  assertValidSchema(schema);
  const abort = Object.freeze({});
  const errors: GraphQLError[] = [];
  // An inline closure: under tsx (keepNames) a named one is renamed with defineProperty on each call.
  const context = new ValidationContext(
    schema,
    document,
    typeInfo,
    (error) => {
      if (errors.length >= maxErrors) {
        errors.push(new GraphQLError('Too many validation errors, error limit reached. Validation aborted.'));
        throw abort;
      }
      errors.push(error);
    },
    options?.hideSuggestions,
  );
  if (!lazyShapesChecked) checkLazyShapes(context);
  try {
    new Walk(rules, context, typeInfo).document(document);
  } catch (error) {
    if (error === validationAbortedError) errors.push(validationAbortedError);
    else if (error !== abort) throw error;
  }
  return errors;
}
