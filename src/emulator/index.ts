import { Emulator } from './server.js';
import type { EmulatorOptions, EmulatorState } from './state.js';

export { Emulator } from './server.js';
export type { EmulatorOptions } from './state.js';

export interface RunningEmulator {
  /** Base URL: the accounts service at `/`, the Web API at `/v1`, the control API at `/__emulator/`. */
  url: string;
  /** The live state (replaced on reset). */
  readonly state: EmulatorState;
  emulator: Emulator;
  close(): Promise<void>;
}

/** Starts the Spotify emulator on loopback (port 0 by default, which picks a free port). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const emulator = new Emulator(options);
  const url = await emulator.listen();
  return {
    url,
    get state() {
      return emulator.state;
    },
    emulator,
    close: () => emulator.close(),
  };
}
