/**
 * Worker-thread entry of the reader pool (src/xlsx/readerPool.ts): reads one workbook per message and answers with
 * its ReadResult. Given a path it reads the file here, so the bytes never cross threads at all.
 */
import { parentPort } from 'node:worker_threads';
import { readWorkbook, type ReadLimits, type ReadResult } from './read';
import { readFileBounded } from './readFile';

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
  const onDisk = await readFileBounded(input, fileName, limits.maxBytes);
  return onDisk.ok ? readWorkbook(onDisk.bytes, fileName, limits) : onDisk;
}

parentPort?.on('message', (request: ReadRequest) => {
  void handle(request).then((result) =>
    parentPort?.postMessage({ id: request.id, result } satisfies ReadReply),
  );
});
