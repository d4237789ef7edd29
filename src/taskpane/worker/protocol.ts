/** Messages between the task pane and its .xlsx reader Web Worker. */
import type { ReadResult } from '../../xlsx/read';

/** A file to read; its bytes are transferred, not copied. */
export interface ReadRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
}

/** The reader's answer for one request. */
export interface ReadReply {
  id: number;
  result: ReadResult;
}
