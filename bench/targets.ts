import { Worker } from 'node:worker_threads';

/**
 * Benchmark targets run in worker threads of this process, so the load generator (main thread) and
 * the server under test each get their own event loop and core. Both contenders of a comparison run
 * the same way, so the ratio is fair.
 */
export type TargetKind = 'emulator' | 'hello' | 'server';

export interface EmulatorInfo {
  kind: 'emulator';
  url: string;
  trackId: string;
  clientId: string;
  clientSecret: string;
}

export interface HelloInfo {
  kind: 'hello';
  /** The GraphQL endpoint. */
  url: string;
}

export interface ServerInfo {
  kind: 'server';
  /** The GraphQL endpoint. */
  url: string;
  emulatorUrl: string;
  albumId: string;
  /** Up to 1,000 track ids of the emulator's catalog. */
  trackIds: string[];
}

export type TargetInfo = EmulatorInfo | HelloInfo | ServerInfo;
type InfoOf<K extends TargetKind> = Extract<TargetInfo, { kind: K }>;

export type WorkerMessage =
  | { type: 'ready'; info: TargetInfo }
  | { type: 'closed' }
  /** The worker's event-loop active time so far, in milliseconds (asked with 'busy'). */
  | { type: 'busy'; activeMs: number };

export interface RunningTarget<K extends TargetKind> {
  info: InfoOf<K>;
  /** The target thread's event-loop active time so far, in milliseconds. */
  busyMs(): Promise<number>;
  close(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;
const CLOSE_TIMEOUT_MS = 5_000;

/**
 * Starts a target in a worker thread. tsx's loader does not reach a worker's entry module on Node 20,
 * so the worker is bootstrapped with tsx's register API and then imports the TypeScript entry.
 */
export function startTarget<K extends TargetKind>(kind: K): Promise<RunningTarget<K>> {
  const entry = new URL('./target-worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { kind } });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${kind} target did not start within ${START_TIMEOUT_MS} ms`));
    }, START_TIMEOUT_MS);
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      resolve({
        info: message.info as InfoOf<K>,
        busyMs: () => askBusy(worker),
        close: () => closeWorker(worker),
      });
    });
  });
}

/** Asks are made one at a time (between load runs), so the next 'busy' answer is this one's. */
function askBusy(worker: Worker): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: WorkerMessage): void => {
      if (message.type !== 'busy') return;
      worker.off('message', onMessage);
      resolve(message.activeMs);
    };
    worker.on('message', onMessage);
    worker.postMessage('busy');
  });
}

async function closeWorker(worker: Worker): Promise<void> {
  const closed = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'closed') {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  worker.postMessage('close');
  await closed;
  await worker.terminate();
}
