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

/** The text of a string or template literal, substitutions as `X`; undefined for any other node. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => `X${span.literal.text}`).join('');
  }
  return undefined;
}

/**
 * Whether `text` is a GraphQL operation: it opens with an operation keyword and a selection set, or it
 * is a shorthand query (`{ field ... }`) that parses (so JSON and prose are not taken for documents).
 */
function isOperation(text: string, interpolated: boolean): boolean {
  const trimmed = text.trim();
  if (OPERATION_START.test(trimmed)) return true;
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
  const visit = (node: ts.Node): void => {
    if (calleeName(node) === 'graphql') {
      const argument = (node as ts.CallExpression).arguments[0];
      if (argument !== undefined && !ts.isNoSubstitutionTemplateLiteral(argument)) {
        const body = literalText(argument);
        if (body !== undefined) scan.unreadableGraphqlCalls.push(finding(argument, body));
      }
    }
    const body = literalText(node);
    if (body !== undefined) {
      const typed =
        ts.isNoSubstitutionTemplateLiteral(node) &&
        node.parent !== undefined &&
        calleeName(node.parent) === 'graphql';
      if (!typed && isOperation(body, ts.isTemplateExpression(node)) && !insideInvalidDocument(node)) {
        scan.plainStrings.push(finding(node, body));
      }
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
