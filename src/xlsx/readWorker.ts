/** Worker-thread entry of the reader pool for reads only (src/xlsx/readerPool.ts; the protocol: readWorkerRuntime.ts). */
import { startReadWorker } from './readWorkerRuntime';

startReadWorker();
