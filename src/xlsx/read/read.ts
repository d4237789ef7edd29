/**
 * The read itself, in the order the guards need: signature, size, zip directory (counts, declared sizes), then only
 * the parts a snapshot needs, each inflated under the running budget, DTD-checked and parsed. Any rejection is thrown
 * as a ReadAbort; readWorkbook (index.ts) turns it into a result.
 */
import type { SheetSnapshot, WorkbookProperties, WorkbookSnapshot } from '../../core/snapshot/types';
import { abort, corrupt } from './abort';
import type { RawInflate } from './inflate';
import { formatBytes, type ReadLimits } from './limits';
import { contentTypeOf, isType, Package, parseContentTypes, type Relationship } from './package';
import { parseAppProperties, parseCoreProperties } from './properties';
import { parseSharedStrings } from './sharedStrings';
import { parseSheet, type SheetContext } from './sheet';
import { sniff } from './signature';
import { parseNumberStyles } from './styles';
import { parseWorkbook } from './workbook';
import { readDirectory } from './zip';

/** Reads a workbook or throws a ReadAbort naming why not. */
export function readChecked(bytes: Uint8Array, limits: ReadLimits, native?: RawInflate): WorkbookSnapshot {
  const kind = sniff(bytes);
  if (kind === 'ole-encrypted') abort('FILE_ENCRYPTED');
  if (kind !== 'zip') abort('FILE_NOT_XLSX');
  if (bytes.length > limits.maxBytes) {
    abort('FILE_TOO_LARGE', {
      params: { size: formatBytes(bytes.length), limit: formatBytes(limits.maxBytes) },
    });
  }
  const pkg = new Package(bytes, readDirectory(bytes, limits), limits, { declared: 0 }, native);

  const rootRels = pkg.relationships('');
  const workbookPart = find(rootRels, 'officeDocument')?.target ?? 'xl/workbook.xml';
  if (!pkg.has(workbookPart)) return notAWorkbook(pkg, workbookPart);
  checkMainContentType(pkg, workbookPart);
  const workbookText = pkg.text(workbookPart) as string;
  // A main part that is no SpreadsheetML workbook (a Word or PowerPoint document): not an .xlsx.
  const workbook = parseWorkbook(workbookText, workbookPart) ?? abort('FILE_NOT_XLSX');
  const rels = pkg.relationships(workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));

  const sstPart = find(rels, 'sharedStrings')?.target;
  const sstText = sstPart === undefined ? null : pkg.text(sstPart);
  const stylesPart = find(rels, 'styles')?.target;
  const stylesText = stylesPart === undefined ? null : pkg.text(stylesPart);
  const ctx: SheetContext = {
    sharedStrings: sstText === null ? [] : parseSharedStrings(sstText, sstPart as string, limits),
    numberStyles: stylesText === null ? [] : parseNumberStyles(stylesText, stylesPart as string),
    date1904: workbook.date1904,
    limits,
    cells: { count: 0 },
    grid: { slots: 0 },
  };

  // Each sheet has its own part, so there cannot be more sheets than zip entries; many <sheet> elements naming one
  // part would otherwise make a small file parse that part thousands of times.
  if (workbook.sheets.length > limits.maxEntries) corrupt(`${workbookPart}: more sheets than parts`);
  const seen = new Set<string>();
  const sheets = workbook.sheets.map((entry): SheetSnapshot => {
    const rel = byId.get(entry.relId);
    if (!rel) return corrupt(`${workbookPart}: sheet "${entry.name}" has no relationship ${entry.relId}`);
    // Chart sheets and dialog sheets hold no cells: listed, empty, so sheet names and order stay as the user sees them.
    if (!isType(rel, 'worksheet')) return { name: entry.name, state: entry.state, rows: [], merges: [] };
    if (seen.has(rel.target.toLowerCase()))
      corrupt(`${workbookPart}: two sheets share the part ${rel.target}`);
    seen.add(rel.target.toLowerCase());
    const text = pkg.text(rel.target);
    if (text === null) return corrupt(`missing part ${rel.target} (sheet "${entry.name}")`);
    return parseSheet(text, rel.target, entry.name, entry.state, ctx);
  });
  return { sheets, properties: readProperties(pkg, rootRels) };
}

function find(rels: readonly Relationship[], type: string): Relationship | undefined {
  return rels.find((r) => isType(r, type));
}

/**
 * The content type the package gives its main part, when it names another kind of document: an .xlsb (binary
 * workbook), a Word or PowerPoint document, an OpenDocument file. ECMA-376 Part 2 §10.1.2.
 */
function checkMainContentType(pkg: Package, workbookPart: string): void {
  const text = pkg.text('[Content_Types].xml');
  if (text === null) return;
  const type = contentTypeOf(parseContentTypes(text, '[Content_Types].xml'), workbookPart);
  if (/binary|wordprocessingml|presentationml|opendocument/i.test(type)) abort('FILE_NOT_XLSX');
}

/**
 * No workbook part: an OpenDocument spreadsheet, a Word or PowerPoint file, an .xlsb or a plain zip renamed .xlsx is
 * "not an .xlsx" (the user can fix it by saving again as .xlsx); an OOXML package that lost its workbook is damaged.
 */
function notAWorkbook(pkg: Package, workbookPart: string): never {
  const other = ['mimetype', 'xl/workbook.bin', 'word/document.xml', 'ppt/presentation.xml'].some((p) =>
    pkg.has(p),
  );
  if (other || !pkg.has('[Content_Types].xml')) abort('FILE_NOT_XLSX');
  return corrupt(`missing ${workbookPart}`);
}

function readProperties(pkg: Package, rootRels: readonly Relationship[]): WorkbookProperties {
  const properties: WorkbookProperties = {};
  const corePart = find(rootRels, 'core-properties')?.target ?? 'docProps/core.xml';
  const core = pkg.text(corePart);
  if (core !== null) parseCoreProperties(core, corePart, properties);
  const appPart = find(rootRels, 'extended-properties')?.target ?? 'docProps/app.xml';
  const app = pkg.text(appPart);
  if (app !== null) parseAppProperties(app, appPart, properties);
  return properties;
}
