/**
 * Web Worker: reads one untrusted .xlsx per message with the guarded reader (src/xlsx/read, pure JS) and posts back
 * the snapshot or the issue saying why not. Running here keeps the pane responsive, and lets the pane terminate a
 * read that overruns its time budget (services/workbookReader.ts).
 */
import { readWorkbook } from '../../xlsx/read';
import type { ReadReply, ReadRequest } from './protocol';

/** The part of the worker global scope used here (tsconfig's lib is DOM, not WebWorker). */
interface ReaderScope {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadReply): void;
}

const scope = self as unknown as ReaderScope;

scope.onmessage = (event) => {
  const { id, fileName, bytes } = event.data;
  scope.postMessage({ id, result: readWorkbook(bytes, fileName) });
};
