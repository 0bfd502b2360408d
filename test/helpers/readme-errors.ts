import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's README.md, as text. */
export const README = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md'),
  'utf8',
);

/** The text of the first table after the README's "### Errors" heading (of "The GraphQL API"). */
export function errorsTableText(): string {
  const heading = README.indexOf('\n### Errors\n');
  if (heading < 0) throw new Error('the README has no "### Errors" section');
  const first = README.indexOf('\n|', heading);
  const lines = README.slice(first + 1).split('\n');
  const end = lines.findIndex((line) => !line.startsWith('|'));
  return lines.slice(0, end).join('\n');
}

/** The codes of the README's Errors table: the backticked names of its first column. */
export function readmeErrorCodes(): Set<string> {
  const rows = errorsTableText().split('\n').slice(2);
  return new Set(
    rows.flatMap((row) =>
      [...(row.split(' | ')[0] ?? '').matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1] as string),
    ),
  );
}
