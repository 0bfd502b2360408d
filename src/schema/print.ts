/**
 * Prints the schema to schema.graphql (`npm run codegen`), or with `--check` fails when the committed
 * file differs from what the code builds (CI runs `npm run schema:check`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.js';

const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== printed) {
    process.stderr.write('schema.graphql is stale: run `npm run codegen` and commit the result.\n');
    process.exit(1);
  }
  process.stdout.write('schema.graphql is current.\n');
} else {
  await writeFile(target, printed);
  process.stdout.write(`wrote ${target}\n`);
}
