/**
 * The README's configuration table and its "Exit codes" table, held to the code (s43): every number's
 * range in the table's "accepted" column is the one src/server/env-values.ts enforces, every on/off
 * setting says `on/off`, and the exit codes are src/exit-codes.ts', the only ones src/cli.ts and the
 * shutdown it runs exit with.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/exit-codes.js';
import { FLAG_VARIABLES, INTEGER_VARIABLES, rangeText } from '../src/server/env-values.js';
import { SERVE_VARIABLES } from '../src/server/variable-names.js';
import { README } from './helpers/readme-errors.js';

/** The rows of the first table after `heading`, each split into its cells (backticks kept). */
function tableAfter(heading: string): string[][] {
  const at = README.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`the README has no "${heading}"`);
  const lines = README.slice(README.indexOf('\n|', at) + 1).split('\n');
  const rows = lines.slice(
    0,
    lines.findIndex((line) => !line.startsWith('|')),
  );
  return rows.map((row) => row.slice(2, -2).split(' | '));
}

/** The configuration table: each variable's cells by column name. */
function configurationRows(): Map<string, Record<string, string>> {
  const [header, , ...rows] = tableAfter('## Configuration');
  expect(header).toEqual(['variable', 'meaning', 'accepted', 'default']);
  const byName = new Map<string, Record<string, string>>();
  for (const cells of rows) {
    // A meaning may hold ` | ` in code; the last two cells are the accepted values and the default.
    const name = /^`([A-Z_]+)`$/.exec(cells[0] ?? '')?.[1];
    if (name === undefined) throw new Error(`a row without a variable: ${cells.join(' | ')}`);
    byName.set(name, { accepted: cells.at(-2) ?? '', default: cells.at(-1) ?? '' });
  }
  return byName;
}

describe("the README's configuration table", () => {
  const rows = configurationRows();

  it('has a row for every variable serve reads (NODE_ENV aside), each with what it accepts', () => {
    expect([...rows.keys()].sort()).toEqual(SERVE_VARIABLES.filter((name) => name !== 'NODE_ENV').sort());
    for (const [name, row] of rows) expect(row.accepted, name).not.toBe('');
  });

  it.each(Object.keys(INTEGER_VARIABLES))('states the range the code holds %s to', (name) => {
    const range = INTEGER_VARIABLES[name]!;
    expect(rows.get(name)?.accepted).toBe(rangeText(range));
    // The default it states is inside that range.
    const shown = /`(\d+)`/.exec(rows.get(name)?.default ?? '')?.[1];
    if (shown !== undefined) {
      expect(Number(shown)).toBeGreaterThanOrEqual(range.min);
      expect(Number(shown)).toBeLessThanOrEqual(range.max);
    }
  });

  it('states a range only for the integer variables, and on/off only for the on/off settings', () => {
    for (const [name, row] of rows) {
      expect(/^\d+ to \d+( \w+)?$/.test(row.accepted ?? ''), name).toBe(name in INTEGER_VARIABLES);
      expect(row.accepted === 'on/off', name).toBe(FLAG_VARIABLES.includes(name));
    }
  });
});

describe("the README's exit codes", () => {
  it('are the codes of src/exit-codes.ts, each once', () => {
    const [header, , ...rows] = tableAfter('### Exit codes');
    expect(header).toEqual(['code', 'when']);
    const codes = rows.map((cells) => Number(/^`(\d+)`$/.exec(cells[0] ?? '')?.[1]));
    expect(codes).toEqual(Object.values(EXIT));
  });

  it('are the only codes the CLI exits with: every process.exit names EXIT', () => {
    for (const file of ['src/cli.ts', 'src/server/shutdown.ts']) {
      const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
      const exits = [...text.matchAll(/process\.exit\((.*)\)/g)].map((match) => match[1] ?? '');
      expect(exits.length, file).toBeGreaterThan(0);
      for (const argument of exits) {
        expect(argument, `${file}: process.exit(${argument})`).toMatch(/EXIT\.\w+/);
        expect(argument, `${file}: process.exit(${argument})`).not.toMatch(/(^|[^.\w])\d/);
      }
      expect(text, file).not.toMatch(/process\.exitCode\s*=/);
    }
  });
});
