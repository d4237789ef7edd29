/**
 * Reads submissions in a Web Worker, one file at a time, with a time budget: a read that overruns it is terminated
 * (a hostile file cannot hang the pane), the file rejected with FILE_TIMEOUT, and a fresh worker takes the next file
 * — the browser counterpart of src/xlsx/readerPool.ts.
 */
import { issue } from '../../core/issues/issue';
import type { ReadResult } from '../../xlsx/read';
import type { ReadReply, ReadRequest } from '../worker/protocol';

/** Default time budget per file. */
export const READ_TIMEOUT_MS = 10_000;

/** Reads workbooks off the main thread. */
export interface WorkbookReader {
  /** Reads one file; resolves with the snapshot or the issue saying why it could not be read. Never rejects. */
  read(bytes: Uint8Array, fileName: string): Promise<ReadResult>;
  /** Stops the worker. */
  close(): void;
}

/** Starts the reader worker. */
function spawn(): Worker {
  // webpack 5 bundles a worker from exactly this form (https://webpack.js.org/guides/web-workers/).
  // @ts-expect-error TS1343: tsconfig.json compiles as CommonJS for the CLI, where `import.meta` is not allowed; the
  // pane is bundled by webpack as ES modules (babel-loader, modules left to webpack), which resolves it at build time.
  return new Worker(new URL('../worker/readWorker.ts', import.meta.url), { name: 'xlsx-reader' });
}

/** A reader with one worker, replaced after a timeout or a crash. */
export function createWorkbookReader(timeoutMs = READ_TIMEOUT_MS): WorkbookReader {
  let worker: Worker | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const readNow = (bytes: Uint8Array, fileName: string): Promise<ReadResult> =>
    new Promise((resolve) => {
      const w = worker ?? (worker = spawn());
      const id = nextId++;
      const finish = (result: ReadResult, restart: boolean) => {
        window.clearTimeout(timer);
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        if (restart) {
          w.terminate();
          if (worker === w) worker = null;
        }
        resolve(result);
      };
      const onMessage = (event: MessageEvent<ReadReply>) => {
        if (event.data.id === id) finish(event.data.result, false);
      };
      // The worker failed: a crash while reading (an ErrorEvent with a message: this file is rejected as damaged), or
      // its script could not load (a plain error event: the reader was unavailable, not the file's fault). Either
      // way the next file gets a fresh worker.
      const onError = (event: Event) => {
        event.preventDefault();
        const crash = event instanceof ErrorEvent && event.message ? event.message : null;
        const failure = crash
          ? issue('FILE_CORRUPT', { file: fileName, params: { reason: crash } })
          : issue('FILE_NOT_FOUND', { file: fileName, params: { reason: 'WorkerUnavailable' } });
        finish({ ok: false, issue: failure }, true);
      };
      const timer = window.setTimeout(() => {
        const seconds = Math.round(timeoutMs / 100) / 10;
        finish({ ok: false, issue: issue('FILE_TIMEOUT', { file: fileName, params: { seconds } }) }, true);
      }, timeoutMs);
      w.addEventListener('message', onMessage);
      w.addEventListener('error', onError);
      const request: ReadRequest = { id, fileName, bytes };
      w.postMessage(request, [bytes.buffer]);
    });

  return {
    read(bytes, fileName) {
      const result = queue.then(() => readNow(bytes, fileName));
      queue = result;
      return result;
    },
    close() {
      worker?.terminate();
      worker = null;
    },
  };
}
