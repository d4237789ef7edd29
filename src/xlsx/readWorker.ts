/**
 * Worker-thread entry of the reader pool (src/xlsx/readerPool.ts): reads one workbook per message and answers with
 * its ReadResult. Given a path it reads the file here, so the bytes never cross threads at all.
 */
import { promises as fs } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { issue } from '../core/issues/issue';
import { DEFAULT_LIMITS, formatBytes, readWorkbook, type ReadLimits, type ReadResult } from './read';

/** A job sent to a worker: the file's bytes (transferred) or its path. */
export interface ReadRequest {
  id: number;
  fileName: string;
  input: Uint8Array | string;
  limits: Partial<ReadLimits>;
}

/** A worker's answer to one job. */
export interface ReadReply {
  id: number;
  result: ReadResult;
}

/** Handles one job. */
export async function handle(request: ReadRequest): Promise<ReadResult> {
  const { fileName, input, limits } = request;
  if (typeof input !== 'string') return readWorkbook(input, fileName, limits);
  const maxBytes = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  let bytes: Uint8Array;
  try {
    // Check the size before reading, so a huge file is never loaded into the capped heap.
    const { size } = await fs.stat(input);
    if (size > maxBytes) {
      return {
        ok: false,
        issue: issue('FILE_TOO_LARGE', {
          file: fileName,
          params: { size: formatBytes(size), limit: formatBytes(maxBytes) },
        }),
      };
    }
    bytes = await fs.readFile(input);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, issue: issue('FILE_NOT_FOUND', { file: fileName, params: { reason } }) };
  }
  return readWorkbook(bytes, fileName, limits);
}

parentPort?.on('message', (request: ReadRequest) => {
  void handle(request).then((result) =>
    parentPort?.postMessage({ id: request.id, result } satisfies ReadReply),
  );
});
