/**
 * The Finance Department's receipt log (sổ theo dõi nhận báo cáo) as CSV: which file arrived on which day. It
 * overrides the files' modification times when lateness is judged (docs/verdicts.md, row D5). Excel in Vietnam saves
 * CSV with ";" or "," and often a BOM; dates are written day first. Pure: the CLI reads the file, this reads the text.
 */
import { parseDateText } from '../text/dates';

/** A line of the log that could not be used, and why. */
export interface ReceiptProblem {
  /** 1-based line number in the file. */
  line: number;
  kind: 'noHeader' | 'badDate' | 'noFile' | 'duplicate';
  found: string;
}

/** Received dates by file name (as written in the log), and the lines that were not used. */
export interface ReceiptLog {
  received: Map<string, string>;
  problems: ReceiptProblem[];
}

const FILE_HEADERS = ['tệp', 'tep', 'tên tệp', 'ten tep', 'file', 'tệp báo cáo'];
const DATE_HEADERS = ['ngày nhận', 'ngay nhan', 'received', 'ngày', 'ngay'];

/** Parses a receipt log: a header row naming the file and received-date columns, then one file per line. */
export function parseReceiptLog(text: string): ReceiptLog {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const problems: ReceiptProblem[] = [];
  const received = new Map<string, string>();
  const headerAt = lines.findIndex((l) => l.trim() !== '');
  const header = headerAt < 0 ? [] : splitCsvLine(lines[headerAt] ?? '', separatorOf(lines[headerAt] ?? ''));
  const key = (s: string) => s.normalize('NFC').trim().toLowerCase();
  const fileCol = header.findIndex((h) => FILE_HEADERS.includes(key(h)));
  const dateCol = header.findIndex((h) => DATE_HEADERS.includes(key(h)));
  if (fileCol < 0 || dateCol < 0) {
    problems.push({ line: headerAt + 1, kind: 'noHeader', found: lines[headerAt] ?? '' });
    return { received, problems };
  }
  const sep = separatorOf(lines[headerAt] ?? '');
  for (let i = headerAt + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const fields = splitCsvLine(raw, sep);
    const file = (fields[fileCol] ?? '').trim();
    const dateText = (fields[dateCol] ?? '').trim();
    if (!file) {
      problems.push({ line: i + 1, kind: 'noFile', found: raw });
      continue;
    }
    const date = parseDateText(dateText);
    if (!date) problems.push({ line: i + 1, kind: 'badDate', found: dateText });
    else if (received.has(file) && received.get(file) !== date)
      problems.push({ line: i + 1, kind: 'duplicate', found: file });
    else received.set(file, date);
  }
  return { received, problems };
}

/** The separator a header line uses: ";" (Vietnamese Excel), tab, or ",". */
function separatorOf(line: string): string {
  const count = (c: string) => line.split(c).length - 1;
  return [';', '\t', ','].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/** Splits one CSV line (RFC 4180 quotes, "" inside quotes is a quote). */
export function splitCsvLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

/**
 * One `--received` value: "dd/mm/yyyy" (every file of the run) or "<file>=dd/mm/yyyy" (one file).
 * Null when the date is not a real date.
 */
export function parseReceivedOption(value: string): { file: string | null; date: string } | null {
  const at = value.lastIndexOf('=');
  const file = at >= 0 ? value.slice(0, at).trim() : null;
  const date = parseDateText(at >= 0 ? value.slice(at + 1) : value);
  if (!date || file === '') return null;
  return { file, date };
}
