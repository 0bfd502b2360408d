/**
 * Where a V8 CPU profile (`node --cpu-prof`) spends its time, for the short profiles the README asks
 * for when a ratio misses its target: `tsx bench/profile-summary.ts FILE.cpuprofile [N] [FILTER]`.
 * Prints the top N functions by self time, then by total time (self plus callees) among the frames
 * whose location contains FILTER (default `src/`).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, count = '20', filter = 'src/'] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/profile-summary.ts FILE.cpuprofile [N] [FILTER]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map<number, number>();
for (const [i, id] of profile.samples.entries()) {
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}

const keyOf = (node: ProfileNode): string => {
  const frame = node.callFrame;
  const where = frame.url.replace(/^.*\/(node_modules|src|bench)\//, '$1/');
  return `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
};

// Total time of a node: its own samples plus its callees'; per function, counted once per stack.
const totalUs = new Map<number, number>();
const totalOf = (id: number): number => {
  const known = totalUs.get(id);
  if (known !== undefined) return known;
  const node = byId.get(id);
  const sum = (selfUs.get(id) ?? 0) + (node?.children ?? []).reduce((acc, child) => acc + totalOf(child), 0);
  totalUs.set(id, sum);
  return sum;
};
const selfByFunction = new Map<string, number>();
const totalByFunction = new Map<string, number>();
const walk = (id: number, onStack: Set<string>): void => {
  const node = byId.get(id);
  if (!node) return;
  const key = keyOf(node);
  selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + (selfUs.get(id) ?? 0));
  const fresh = !onStack.has(key);
  if (fresh) {
    totalByFunction.set(key, (totalByFunction.get(key) ?? 0) + totalOf(id));
    onStack.add(key);
  }
  for (const child of node.children ?? []) walk(child, onStack);
  if (fresh) onStack.delete(key);
};
const root = profile.nodes[0];
if (root) walk(root.id, new Set());

const idle = [...selfByFunction].filter(([k]) => k.startsWith('(idle)')).reduce((a, [, v]) => a + v, 0);
const all = [...selfUs.values()].reduce((a, b) => a + b, 0);
const busy = all - idle;
console.log(`busy ${(busy / 1000).toFixed(0)} ms, idle ${(idle / 1000).toFixed(0)} ms`);
const show = (title: string, entries: [string, number][]): void => {
  console.log(title);
  for (const [key, us] of entries.sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
    console.log(
      `${((100 * us) / busy).toFixed(1).padStart(6)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`,
    );
  }
};
/** Where a frame belongs: a folder of src/, a package, Node itself, or V8 (GC, native). */
const groupOf = (key: string): string => {
  const where = key.slice(key.indexOf(' ') + 1);
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where);
  if (pkg) return pkg[1] ?? where;
  const folder = /^(src\/[^/]+|bench)\//.exec(where);
  if (folder) return folder[1] ?? where;
  if (where.startsWith('node:')) return 'node';
  return key.startsWith('(garbage collector)') ? '(garbage collector)' : '(native)';
};
const byGroup = new Map<string, number>();
for (const [key, us] of selfByFunction) {
  if (key.startsWith('(idle)') || key.startsWith('(root)')) continue;
  byGroup.set(groupOf(key), (byGroup.get(groupOf(key)) ?? 0) + us);
}
show('self time by package or folder:', [...byGroup]);
show(
  'self time:',
  [...selfByFunction].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(root)')),
);
show(
  `total time, frames in ${filter}:`,
  [...totalByFunction].filter(([k]) => k.includes(filter)),
);
