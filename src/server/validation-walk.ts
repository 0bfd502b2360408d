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
  TypeInfo,
  ValidationContext,
  type ValidationRule,
} from 'graphql';
import { QueryDocumentKeys } from 'graphql/language/ast.js';
import { validationAbortedError } from 'graphql/validation/validationAbortedError.js';

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
  /** No rule handles the kind: only TypeInfo follows the node. */
  none: boolean;
}

/** The children graphql-js's validation visits, per kind (its QueryDocumentKeys without `description`). */
const CHILD_KEYS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(QueryDocumentKeys as Record<string, readonly string[]>).map(([kind, keys]) => [
    kind,
    keys.filter((key) => key !== 'description'),
  ]),
);

/** A rule's visitor's enter and leave for `kind`, as graphql-js's getEnterLeaveForKind reads them. */
function handlersOf(
  visitor: ASTVisitor,
  kind: string,
): { enter?: VisitFn | undefined; leave?: VisitFn | undefined } {
  const own = (visitor as Record<string, unknown>)[kind];
  if (typeof own === 'object' && own !== null) return own as { enter?: VisitFn; leave?: VisitFn };
  if (typeof own === 'function') return { enter: own as VisitFn };
  const generic = visitor as { enter?: VisitFn; leave?: VisitFn };
  return { enter: generic.enter, leave: generic.leave };
}

const NO_HANDLERS: KindHandlers = { enters: [], leaves: [], none: true };

/**
 * Every kind's handlers, read off the visitors' own keys (one pass over a few keys each, instead of a
 * lookup of every visitor on each kind met, mostly misses); undefined when a visitor is not a plain
 * object (its handlers may be inherited) or has a generic enter/leave (it handles every kind).
 */
function ownHandlers(visitors: readonly ASTVisitor[]): Map<string, KindHandlers> | undefined {
  const byKind = new Map<string, KindHandlers>();
  for (let i = 0; i < visitors.length; i++) {
    const visitor = visitors[i] as Record<string, unknown>;
    if (Object.getPrototypeOf(visitor) !== Object.prototype) return undefined;
    for (const kind in visitor) {
      if (kind === 'enter' || kind === 'leave') return undefined;
      const { enter, leave } = handlersOf(visitor, kind);
      if (enter == null && leave == null) continue;
      let handlers = byKind.get(kind);
      if (handlers === undefined) {
        handlers = {
          enters: new Array(visitors.length).fill(undefined),
          leaves: new Array(visitors.length).fill(undefined),
          none: false,
        };
        byKind.set(kind, handlers);
      }
      handlers.enters[i] = enter;
      handlers.leaves[i] = leave;
    }
  }
  return byKind;
}

/** One validation's walk: the rules' visitors, their skipping state and the traversal's state. */
class Walk {
  /** The handlers per kind: all of them (ownHandlers) or, else, those met so far. */
  private readonly byKind: Map<string, KindHandlers>;
  private readonly complete: boolean;
  /** Per visitor: null, or the node whose subtree it skips, or BREAK. */
  private readonly skipping: unknown[];
  readonly path: (string | number)[] = [];
  readonly ancestors: unknown[] = [];

  constructor(
    private readonly visitors: readonly ASTVisitor[],
    private readonly typeInfo: TypeInfo,
  ) {
    this.skipping = new Array<unknown>(visitors.length).fill(null);
    const own = ownHandlers(visitors);
    this.complete = own !== undefined;
    this.byKind = own ?? new Map();
  }

  private handlers(kind: string): KindHandlers {
    let known = this.byKind.get(kind);
    if (known !== undefined) return known;
    if (this.complete) return NO_HANDLERS;
    const enters: (VisitFn | undefined)[] = [];
    const leaves: (VisitFn | undefined)[] = [];
    let none = true;
    for (const visitor of this.visitors) {
      const { enter, leave } = handlersOf(visitor, kind);
      enters.push(enter ?? undefined);
      leaves.push(leave ?? undefined);
      if (enter != null || leave != null) none = false;
    }
    known = { enters, leaves, none };
    this.byKind.set(kind, known);
    return known;
  }

  /** Visits `node` (reached from `parent` by `key`) and its subtree, as graphql-js's visit does. */
  node(node: ASTNode, key: string | number | undefined, parent: unknown): void {
    const handlers = this.handlers(node.kind);
    this.typeInfo.enter(node);
    if (!handlers.none && this.enter(node, handlers, key, parent)) {
      // A rule answered something else than false or BREAK (an edit: no validation rule does that).
      this.typeInfo.leave(node);
      return;
    }
    if (parent !== undefined) this.ancestors.push(parent);
    for (const childKey of CHILD_KEYS[node.kind] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[childKey];
      if (value === undefined || value === null) continue;
      this.path.push(childKey);
      if (Array.isArray(value)) {
        this.ancestors.push(node);
        for (let i = 0; i < value.length; i++) {
          this.path.push(i);
          this.node(value[i] as ASTNode, i, value);
          this.path.pop();
        }
        this.ancestors.pop();
      } else if (typeof (value as { kind?: unknown }).kind === 'string')
        this.node(value as ASTNode, childKey, node);
      this.path.pop();
    }
    if (parent !== undefined) this.ancestors.pop();
    if (!handlers.none) this.leave(node, handlers, key, parent);
    this.typeInfo.leave(node);
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
      const result = handlers.enters[i]?.call(
        this.visitors[i]!,
        node,
        key,
        parent,
        this.path,
        this.ancestors,
      );
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
        const result = handlers.leaves[i]?.call(
          this.visitors[i]!,
          node,
          key,
          parent,
          this.path,
          this.ancestors,
        );
        if (result === BREAK) this.skipping[i] = BREAK;
        else if (result !== undefined && result !== false) return;
      } else if (this.skipping[i] === node) this.skipping[i] = null;
    }
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
  typeInfo: TypeInfo = new TypeInfo(schema),
): GraphQLError[] {
  const maxErrors = options?.maxErrors ?? 100;
  assertValidSchema(schema);
  const abort = Object.freeze({});
  const errors: GraphQLError[] = [];
  const onError = (error: GraphQLError): void => {
    if (errors.length >= maxErrors) {
      errors.push(new GraphQLError('Too many validation errors, error limit reached. Validation aborted.'));
      throw abort;
    }
    errors.push(error);
  };
  const context = new ValidationContext(schema, document, typeInfo, onError, options?.hideSuggestions);
  const visitors: ASTVisitor[] = [];
  for (const rule of rules) visitors.push(rule(context));
  try {
    new Walk(visitors, typeInfo).node(document, undefined, undefined);
  } catch (error) {
    if (error === validationAbortedError) errors.push(validationAbortedError);
    else if (error !== abort) throw error;
  }
  return errors;
}
