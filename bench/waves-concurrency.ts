/**
 * `npx tsx bench/waves-concurrency.ts [8 12 16 ...]`: the waves suite at each per-request Spotify
 * concurrency given (REQUEST_SPOTIFY_CONCURRENCY), to choose its default: the smallest that adds no
 * round trip to any shape. Prints one line per shape and concurrency; writes nothing.
 */
import { benchWaves } from './waves.js';

const levels = process.argv.slice(2).map(Number);
for (const concurrency of levels.length > 0 ? levels : [8, 12, 16]) {
  const figures = await benchWaves(concurrency);
  for (const s of figures.shapes) {
    process.stdout.write(
      `concurrency ${String(concurrency).padStart(3)}  depth ${s.dependencyDepth}  waves ${s.observedWaves}  wall/latency ${s.wallOverLatency.toFixed(2)}  calls ${String(s.calls).padStart(3)}  widest ${String(s.widestWave).padStart(3)}  ${s.mode.padEnd(11)} ${s.shape}${s.errors ? `  errors: ${s.errors.join('; ')}` : ''}\n`,
    );
  }
}
