/**
 * Where graphql-js 16's validation rules can do nothing, read off their sources: for some rules' handlers,
 * a test on the node (and the TypeInfo there) that proves the handler would report no error and answer
 * undefined. validateWalk skips such calls: the errors and their order are the same, and the handlers'
 * allocations (a Set of argument names per field, a Map per argument list) are not made.
 *
 * Rules marked `lazy` also make costly lookup tables when they are made, per validation, whatever the
 * document holds (KnownTypeNamesRule copies the schema's 100-odd type names, KnownArgumentNamesRule and
 * ProvidedRequiredArgumentsRule map every directive's arguments: about 15 us together), and their
 * handlers keep no state between nodes: validateWalk makes such a rule on the first call its guard does
 * not rule out (its `kinds` say which handlers the rule's visitor has), usually never. A lazy rule whose
 * visitor does not have exactly those handlers (another graphql-js version) is refused with an Error at
 * the first validation of the process, before anything is skipped.
 */
import {
  type ArgumentNode,
  type ASTNode,
  type FieldNode,
  type GraphQLField,
  isRequiredArgument,
  Kind,
  KnownArgumentNamesRule,
  KnownTypeNamesRule,
  type NamedTypeNode,
  ProvidedRequiredArgumentsRule,
  UniqueArgumentNamesRule,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** True when the handler would do nothing on `node` (no error, answer undefined; on leave, or false). */
export type Idle = (context: ValidationContext, node: ASTNode) => boolean;

/** One handler of a rule's visitor: its kind, enter or leave, and when it is idle (none: never known idle). */
export interface HandlerShape {
  kind: Kind;
  phase: 'enter' | 'leave';
  idle?: Idle;
}

/** What validateWalk knows of a rule beyond its visitor. */
export interface RuleShape {
  /** Made on the first handler call not known idle (see the module's comment). */
  lazy: boolean;
  /** A lazy rule's handlers, all of them; another rule's guarded ones. */
  handlers: readonly HandlerShape[];
}

/** Per field definition: the names of its arguments that must be given (non-null, no default). */
const requiredOf = new WeakMap<GraphQLField<unknown, unknown>, readonly string[]>();

function requiredArguments(field: GraphQLField<unknown, unknown>): readonly string[] {
  let known = requiredOf.get(field);
  if (known === undefined) {
    known = field.args.filter(isRequiredArgument).map((arg) => arg.name);
    requiredOf.set(field, known);
  }
  return known;
}

/** Whether `node` gives an argument of each name in `names` (no Set made: a field has few arguments). */
function givesAll(node: FieldNode, names: readonly string[]): boolean {
  for (const name of names) {
    let given = false;
    for (const arg of node.arguments ?? []) if (arg.name.value === name) given = true;
    if (!given) return false;
  }
  return true;
}

/** KnownTypeNamesRule reports a NamedType only when its name is not in the schema's type map. */
const knownTypeName: Idle = (context, node) =>
  Boolean(context.getSchema().getTypeMap()[(node as NamedTypeNode).name.value]);

/** KnownArgumentNamesRule reports an Argument only when it has no definition, inside a known field. */
const knownArgument: Idle = (context) =>
  !(!context.getArgument() && context.getFieldDef() && context.getParentType());

/** ProvidedRequiredArgumentsRule reports on a field's leave only for a required argument left out. */
const requiredArgumentsGiven: Idle = (context, node) => {
  const field = context.getFieldDef();
  return !field || givesAll(node as FieldNode, requiredArguments(field));
};

/** UniqueArgumentNamesRule reports only where two arguments share a name. */
const fewerThanTwoArguments: Idle = (_context, node) =>
  ((node as { arguments?: readonly ArgumentNode[] }).arguments?.length ?? 0) < 2;

/** graphql 16.15's rules (rules/*.js), by the functions validateWalk is given. */
export const RULE_SHAPES: ReadonlyMap<ValidationRule, RuleShape> = new Map<ValidationRule, RuleShape>([
  [
    KnownTypeNamesRule,
    { lazy: true, handlers: [{ kind: Kind.NAMED_TYPE, phase: 'enter', idle: knownTypeName }] },
  ],
  [
    KnownArgumentNamesRule,
    {
      lazy: true,
      handlers: [
        // KnownArgumentNamesOnDirectivesRule's, which answers false (its arguments are its own).
        { kind: Kind.DIRECTIVE, phase: 'enter' },
        { kind: Kind.ARGUMENT, phase: 'enter', idle: knownArgument },
      ],
    },
  ],
  [
    ProvidedRequiredArgumentsRule,
    {
      lazy: true,
      handlers: [
        { kind: Kind.DIRECTIVE, phase: 'leave' },
        { kind: Kind.FIELD, phase: 'leave', idle: requiredArgumentsGiven },
      ],
    },
  ],
  [
    UniqueArgumentNamesRule,
    {
      lazy: false,
      handlers: [
        { kind: Kind.FIELD, phase: 'enter', idle: fewerThanTwoArguments },
        { kind: Kind.DIRECTIVE, phase: 'enter', idle: fewerThanTwoArguments },
      ],
    },
  ],
]);
