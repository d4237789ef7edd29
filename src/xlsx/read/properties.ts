/** docProps/core.xml and docProps/app.xml: when and by whom the file was saved, and with which application. */
import type { WorkbookProperties } from '../../core/snapshot/types';
import { parseXml } from './xml';

const CORE = new Map<string, keyof WorkbookProperties>([
  ['modified', 'modified'],
  ['created', 'created'],
  ['creator', 'creator'],
  ['lastModifiedBy', 'lastModifiedBy'],
]);
const APP = new Map<string, keyof WorkbookProperties>([['Application', 'application']]);

/** Reads the core properties (dates kept only when they look like ISO 8601) into `into`. */
export function parseCoreProperties(text: string, part: string, into: WorkbookProperties): void {
  collect(text, part, CORE, into);
  for (const k of ['modified', 'created'] as const) {
    const v = into[k];
    if (v !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(v)) delete into[k];
  }
}

/** Reads the application name from the extended properties into `into`. */
export function parseAppProperties(text: string, part: string, into: WorkbookProperties): void {
  collect(text, part, APP, into);
}

function collect(
  text: string,
  part: string,
  wanted: ReadonlyMap<string, keyof WorkbookProperties>,
  into: WorkbookProperties,
): void {
  let key: keyof WorkbookProperties | undefined;
  let value = '';
  parseXml(text, part, {
    open(local) {
      key = wanted.get(local);
      value = '';
    },
    close() {
      if (key !== undefined && value.trim()) into[key] = value.trim();
      key = undefined;
    },
    text(s) {
      if (key !== undefined) value += s;
    },
  });
}
