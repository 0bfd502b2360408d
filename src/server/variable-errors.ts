import {
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLDirective,
  type GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  ValidationContext,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { reissue } from '../resolvers/errors.js';
import { edits } from './variable-names.js';

/**
 * The client's own input that graphql-js refuses only when it runs the operation is a request error
 * with `extensions.code` BAD_USER_INPUT and HTTP 400 (200 under `Accept: application/json`: see
 * badUserInput), for queries and mutations as for subscriptions
 * (src/server/subscribe-engine.ts), under graphql-js and graphql-jit alike:
 * - variables that cannot be coerced (a required one missing, a value of the wrong type, a word
 *   outside an enum, an object for an `ID!`): graphql-js's variable coercion (`getVariableValues`);
 * - a variable whose value is valid for the variable but not where it is used: a null given to a
 *   nullable variable (`$id: ID = "x"`) that fills a non-null argument, of a field or a directive
 *   (validation allows it because of the default; graphql-js's argument coercion, `getArgumentValues`,
 *   refuses it while executing, graphql-jit in its own words).
 * The executors answer both with a bare message and no code, which a client cannot tell from any other
 * failure and the log would count as the server's fault. Checked before execution with graphql-js's
 * own coercion, so the operation does not run; a document without variable definitions costs nothing
 * here, and the arguments are read only when a null (given, or absent without a default) fills a
 * variable that is used where a non-null value belongs (nullableInNonNull, computed once per operation).
 */
export function useVariableInputErrors(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const errors = variableErrorsOf(args);
      if (errors) setResultAndStopExecution({ errors });
    },
  };
}

/**
 * The most coercion errors one request's variables are answered with: graphql-js reports one per bad
 * value when unbounded, so 50,000 wrong entries of a list variable (a 250 KB body) made an 8.8 MB
 * answer (v18 re-attack, MEDIUM-0). Past it, graphql-js adds one "error limit reached" error and stops.
 */
export const MAX_VARIABLE_ERRORS = 50;

/**
 * The variables' coercion errors, or else the errors of the arguments that a null (or absent) variable
 * fills, each as BAD_USER_INPUT (a request error: see badUserInput); undefined when everything coerces.
 */
export function variableErrorsOf(args: ExecutionArgs): GraphQLError[] | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation?.variableDefinitions?.length) return undefined;
  const coerced = getVariableValues(args.schema, operation.variableDefinitions, args.variableValues ?? {}, {
    maxErrors: MAX_VARIABLE_ERRORS,
  });
  if (coerced.errors) {
    const given = Object.keys(args.variableValues ?? {});
    return coerced.errors.map((error) => badUserInput(withNameHint(error, given)));
  }
  const values = coerced.coerced;
  const unset = [...nullableInNonNull(args.schema, args.document, operation)].some(
    (name) => (values[name] ?? null) === null,
  );
  return unset ? argumentErrorsOf(args.schema, args.document, operation, values) : undefined;
}

/** Per operation (of a document the caches keep): nullableInNonNull's answer, computed once. */
const nullableUsages = new WeakMap<OperationDefinitionNode, ReadonlySet<string>>();

/**
 * The variables of `operation` (and the fragments it spreads) that are nullable but used where a
 * non-null value belongs (validation allows it when the variable has a default): only a null in one of
 * these can fail argument coercion, so only then are the arguments read. Computed once per operation
 * with graphql-js's own record of variable usages (the one VariablesInAllowedPositionRule reads).
 */
function nullableInNonNull(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ReadonlySet<string> {
  let names = nullableUsages.get(operation);
  if (names === undefined) {
    const nullable = new Set(
      (operation.variableDefinitions ?? [])
        .filter((definition) => definition.type.kind !== Kind.NON_NULL_TYPE)
        .map((definition) => definition.variable.name.value),
    );
    const context = new ValidationContext(schema, document, new TypeInfo(schema), () => undefined);
    names = new Set(
      context
        .getRecursiveVariableUsages(operation)
        .filter(
          ({ node, type }) => type !== undefined && isNonNullType(type) && nullable.has(node.name.value),
        )
        .map(({ node }) => node.name.value),
    );
    nullableUsages.set(operation, names);
  }
  return names;
}

/**
 * graphql-js's argument coercion (`getArgumentValues`, as the executor runs it) of every field and
 * directive in `operation` and the fragments it spreads, with the coerced `variables`: its errors as
 * BAD_USER_INPUT naming the argument (`extensions.argument`), or undefined when all coerce.
 */
function argumentErrorsOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): GraphQLError[] | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const errors: GraphQLError[] = [];
  const check = (
    definition: GraphQLField<unknown, unknown> | GraphQLDirective | null | undefined,
    node: FieldNode | DirectiveNode,
  ) => {
    if (!definition || !node.arguments?.length) return;
    try {
      getArgumentValues(definition, node, variables);
    } catch (error) {
      errors.push(badUserInput(error as GraphQLError, argumentNamed(node.arguments, error as GraphQLError)));
    }
  };
  const seen = new Set<string>();
  const walk = (root: OperationDefinitionNode | FragmentDefinitionNode) => {
    const typeInfo = new TypeInfo(schema);
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field: (node) => check(typeInfo.getFieldDef(), node),
        Directive: (node) => check(typeInfo.getDirective(), node),
        FragmentSpread: (node) => {
          const fragment = fragments.get(node.name.value);
          if (fragment && !seen.has(fragment.name.value)) {
            seen.add(fragment.name.value);
            walk(fragment);
          }
        },
      }),
    );
  };
  walk(operation);
  return errors.length > 0 ? errors : undefined;
}

/** The name of the argument whose value (or whose node) `error` points at, if one of `nodes` is. */
function argumentNamed(nodes: readonly ArgumentNode[], error: GraphQLError): string | undefined {
  const at = error.nodes?.[0];
  return nodes.find((node) => node === at || node.value === at)?.name.value;
}

/**
 * `error` as BAD_USER_INPUT, in its own words and without its cause: graphql-js's inner error
 * (`Int cannot represent ...`) is no fault of the server's, and the log reports what the client got.
 * A request error of GraphQL over HTTP (`http.spec`): HTTP 400 for a client accepting
 * `application/graphql-response+json` (the spec's "variable coercion failure": MUST be 4xx, SHOULD be
 * 400), 200 for one accepting only `application/json` (SHOULD be 200), as yoga answers its own
 * validation errors; SSE keeps the 400 (sse-request-errors.ts).
 */
function badUserInput(error: GraphQLError, argument?: string): GraphQLError {
  return reissue(error, {
    extensions: {
      ...error.extensions,
      code: 'BAD_USER_INPUT',
      ...(argument === undefined ? {} : { argument }),
      http: { status: 400, spec: true },
    },
    originalError: null,
  });
}

/** A variable name as a hint may say it: a GraphQL name, at most 64 characters. */
const HINTABLE_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/**
 * A "was not provided" error with a hint when the variables hold a near name (`idd` for `$id`: case
 * aside, within one edit, two for a name of 6 or more): `... was not provided; the variables hold
 * "idd": did you mean "id"?`. Only names are said, never a value; a name that is no GraphQL name is
 * passed over. Other errors as they are. v20 attack on issue 7.
 */
function withNameHint(error: GraphQLError, given: readonly string[]): GraphQLError {
  const missing = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" of required type .* was not provided\.$/.exec(
    error.message,
  )?.[1];
  if (missing === undefined) return error;
  const near = given
    .slice(0, HINT_CANDIDATES)
    .find((name) => HINTABLE_NAME.test(name) && nearName(name, missing));
  if (near === undefined) return error;
  return reissue(error, {
    message: `${error.message.slice(0, -1)}; the variables hold "${near}": did you mean "${missing}"?`,
  });
}

/**
 * Whether `name` is near `wanted`: case aside, within one edit, two for a name of 6 or more. Names over
 * 64 characters, or whose lengths differ by more than 2, are never near: each check costs at most 64 x 64
 * steps, whatever a hostile document or variables object holds (v21 attack, HIGH: a 3,000-character
 * declared name against 3,000 given ones held the CPU for 33 s).
 */
const nearName = (name: string, wanted: string): boolean =>
  name !== wanted &&
  name.length <= 64 &&
  wanted.length <= 64 &&
  Math.abs(name.length - wanted.length) <= 2 &&
  edits(name.toLowerCase(), wanted.toLowerCase()) <= (wanted.length >= 6 ? 2 : 1);

/** How many names a hint looks among (the first ones): a hint is a courtesy, its cost stays bounded. */
const HINT_CANDIDATES = 100;

/**
 * Validation errors with a hint for a misspelled variable: `Variable "$id" is not defined by operation
 * "Q".` gets ` Did you mean "$idd"?` when the operation declares an unused near name (`$idd`), so the
 * caller sees the two are one. Only names are said. v20 attack on issue 7.
 */
export function withVariableHints(errors: readonly GraphQLError[]): GraphQLError[] | undefined {
  const unused = errors
    .flatMap((error) => /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" is never used/.exec(error.message)?.[1] ?? [])
    .slice(0, HINT_CANDIDATES);
  if (unused.length === 0) return undefined;
  return errors.map((error) => {
    const used = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" is not defined/.exec(error.message)?.[1];
    const near = used === undefined ? undefined : unused.find((name) => nearName(name, used));
    return near === undefined
      ? error
      : reissue(error, { message: `${error.message} Did you mean "$${near}"?` });
  });
}

/** Adds withVariableHints' hints to a document's validation errors. */
export function useVariableNameHints(): Plugin {
  return {
    onValidate() {
      return ({ valid, result, setResult }) => {
        if (valid) return;
        const hinted = withVariableHints(result as readonly GraphQLError[]);
        if (hinted !== undefined) setResult(hinted);
      };
    },
  };
}
