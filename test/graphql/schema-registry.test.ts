import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const schemaDir = fileURLToPath(new URL('../../src/schema/', import.meta.url));
/** Files that define no types of their own (id-args.ts: id arguments' descriptions; described-fields.ts: fields shared by types defined elsewhere). */
const NOT_TYPE_FILES = new Set(['builder.ts', 'refs.ts', 'index.ts', 'id-args.ts', 'described-fields.ts']);

describe('the schema registry', () => {
  it('imports every type file of src/schema in index.ts, so none is left unregistered', async () => {
    const index = await readFile(`${schemaDir}index.ts`, 'utf8');
    const files = [
      ...(await readdir(schemaDir)).filter((f) => f.endsWith('.ts')),
      ...(await readdir(`${schemaDir}mutations`))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `mutations/${f}`),
    ].filter((f) => !NOT_TYPE_FILES.has(f));
    expect(files.length).toBeGreaterThan(10);
    const missing = files.filter((file) => !index.includes(`import './${file.replace(/\.ts$/, '.js')}';`));
    expect(missing).toEqual([]);
  });
});
