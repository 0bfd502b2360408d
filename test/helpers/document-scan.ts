import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'graphql';
import ts from 'typescript';

/**
 * A static scan of the tests' sources for GraphQL operations written as plain strings. Codegen types
 * only `graphql(\`...\`)` calls whose argument is a backtick literal without `${}`: an operation held in
 * any other string is sent untyped (a schema change that breaks it passes the type check), and
 * `graphql('...')` is typed `unknown`. A document a test sends malformed or hostile on purpose goes
 * through `invalidDocument(reason, text)` (test/helpers/documents.ts), which this scan accepts.
 * A document counts however it is written: opening with `#` comments or a fragment definition, joined
 * (`[...].join()`) or concatenated (`+`) from parts, or carried in a request body or GET URL written by
 * hand (`'{"query":"..."}'`, `'/graphql?query=...'`).
 */

/** One finding: where, and the start of the text. */
export interface DocumentFinding {
  file: string;
  line: number;
  text: string;
}

/** What a scan of test sources finds. */
export interface DocumentScan {
  /** Operations in plain strings (or built by interpolation) outside `graphql()` and `invalidDocument()`. */
  plainStrings: DocumentFinding[];
  /** `graphql(...)` calls codegen cannot read: a quoted string, or a backtick literal with `${}`. */
  unreadableGraphqlCalls: DocumentFinding[];
}

const OPERATION_START = /^(query|mutation|subscription)\b[^{]*\{/;
const FRAGMENT_START = /^fragment\s+[A-Za-z_]\w*\s+on\s+[A-Za-z_]\w*[^{]*\{/;

/** `text` without the comment lines (`# ...`) and white space a document may open with. */
const withoutLeadingComments = (text: string): string => text.replace(/^(\s*#[^\n]*(\n|$))*/, '').trim();

/** The text of a string or template literal, substitutions as `X`; undefined for any other node. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => `X${span.literal.text}`).join('');
  }
  return undefined;
}

/**
 * The text a string expression builds from literals: a `+` chain or a `[...].join(sep)` of an array
 * literal, each part that is no literal as `X`; undefined for anything else or one without a literal.
 */
function builtText(node: ts.Node): string | undefined {
  if (ts.isParenthesizedExpression(node)) return builtText(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = builtText(node.left) ?? literalText(node.left);
    const right = builtText(node.right) ?? literalText(node.right);
    if (left === undefined && right === undefined) return undefined;
    return (left ?? 'X') + (right ?? 'X');
  }
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'join' &&
    ts.isArrayLiteralExpression(node.expression.expression)
  ) {
    const separator = node.arguments[0] === undefined ? ',' : (literalText(node.arguments[0]) ?? ' ');
    const parts = node.expression.expression.elements.map((e) => builtText(e) ?? literalText(e));
    if (parts.every((part) => part === undefined)) return undefined;
    return parts.map((part) => part ?? 'X').join(separator);
  }
  return undefined;
}

/**
 * The GraphQL text a request body or URL written by hand carries: the `query` member of a JSON body
 * (`{"query":"..."}`) or the `query` parameter of a URL (`?query=...`); undefined for other text.
 */
function carriedQuery(text: string): string | undefined {
  const body = text.trim();
  const json =
    body.startsWith('{') && body.endsWith('}') ? /"query"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(body) : null;
  if (json) {
    try {
      return JSON.parse(`"${json[1]}"`) as string;
    } catch {
      return json[1];
    }
  }
  const param = /^(\/|https?:)/.test(body) ? /[?&]query=([^&#\s]*)/.exec(body) : null;
  if (!param) return undefined;
  try {
    return decodeURIComponent((param[1] ?? '').replace(/\+/g, ' '));
  } catch {
    return param[1];
  }
}

/**
 * Whether `text` is a GraphQL document: after any leading `#` comment lines it opens with an operation
 * keyword or a fragment definition and a selection set, or it is a shorthand query (`{ field ... }`)
 * that parses (so JSON and prose are not taken for documents). A request body or URL written by hand
 * that carries one (carriedQuery) counts as one.
 */
function isOperation(text: string, interpolated: boolean): boolean {
  const trimmed = withoutLeadingComments(text);
  if (OPERATION_START.test(trimmed) || FRAGMENT_START.test(trimmed)) return true;
  const carried = carriedQuery(text);
  if (carried !== undefined && carried !== text && isOperation(carried, interpolated)) return true;
  if (!/^\{\s*[A-Za-z_]/.test(trimmed)) return false;
  if (interpolated) return /^\{\s*[A-Za-z_]\w*\s*(:\s*[A-Za-z_]\w*\s*)?[({]/.test(trimmed);
  try {
    parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

const calleeName = (node: ts.Node): string | undefined =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) ? node.expression.text : undefined;

/** Whether `node` stands inside the arguments of a call to `invalidDocument(...)`. */
function insideInvalidDocument(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at !== undefined; at = at.parent) {
    if (calleeName(at) === 'invalidDocument') return true;
  }
  return false;
}

/** Scans one source text (a test file's contents) named `file`. */
export function scanSource(file: string, text: string): DocumentScan {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const scan: DocumentScan = { plainStrings: [], unreadableGraphqlCalls: [] };
  const finding = (node: ts.Node, body: string): DocumentFinding => ({
    file,
    line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    text: body.trim().replace(/\s+/g, ' ').slice(0, 80),
  });
  // A literal that is part of a built string already reported is not reported again.
  const reported = new Set<ts.Node>();
  const report = (node: ts.Node, body: string): void => {
    if (insideInvalidDocument(node)) return;
    for (let at: ts.Node | undefined = node; at !== undefined; at = at.parent) if (reported.has(at)) return;
    reported.add(node);
    scan.plainStrings.push(finding(node, body));
  };
  const visit = (node: ts.Node): void => {
    if (calleeName(node) === 'graphql') {
      const argument = (node as ts.CallExpression).arguments[0];
      if (argument !== undefined && !ts.isNoSubstitutionTemplateLiteral(argument)) {
        const body = literalText(argument) ?? builtText(argument);
        if (body !== undefined) scan.unreadableGraphqlCalls.push(finding(argument, body));
      }
    }
    const built = builtText(node);
    if (built !== undefined && isOperation(built, true)) report(node, built);
    const body = literalText(node);
    if (body !== undefined) {
      const typed =
        ts.isNoSubstitutionTemplateLiteral(node) &&
        node.parent !== undefined &&
        calleeName(node.parent) === 'graphql';
      if (!typed && isOperation(body, ts.isTemplateExpression(node))) report(node, body);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return scan;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : testFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Scans every .ts file under `testDir` (test/generated excepted); files are named relative to `root`. */
export function scanTests(root: string, testDir: string): DocumentScan {
  const scan: DocumentScan = { plainStrings: [], unreadableGraphqlCalls: [] };
  for (const path of testFiles(testDir)) {
    const found = scanSource(relative(root, path), readFileSync(path, 'utf8'));
    scan.plainStrings.push(...found.plainStrings);
    scan.unreadableGraphqlCalls.push(...found.unreadableGraphqlCalls);
  }
  return scan;
}
