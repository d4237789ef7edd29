/** A strict fake Excel host for tests (jest in Node, and the task pane in Chromium). */
export { installFakeOffice, compareVersions, FakeRequestContext } from './install';
export type { FakeOffice, FakeOfficeOptions } from './install';
export type { FakeCounters } from './context';
export { FakeOfficeError } from './errors';
export { WorkbookModel, SheetModel, defaultCell } from './model';
export type {
  CellModel,
  CellValue,
  ChartModel,
  ConditionalFormatModel,
  TableModel,
  ValidationModel,
} from './model';
export { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT, SETTINGS_LIMIT_BYTES, clearsUndo } from './rules';
export type { Fault, FakePlatform } from './rules';
export { sheetId } from './worksheet';
