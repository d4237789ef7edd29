/**
 * The parts of a data form (biểu mẫu) around its table, as docs/forms.md lists them: the header block — reporting
 * body under its parent body, Quốc hiệu and Tiêu ngữ, the form number, the receiving body, the title and the period
 * with its data window and due date — and, under the table, the signature block (place and date; người lập biểu;
 * thủ trưởng cơ quan, "Ký, ghi rõ họ tên, đóng dấu"). Both form sheets (indicators, tasks) use them.
 */
import { dueWords, type PeriodInfo } from '../plan/period';
import type { Agency, AgencyKind, Plan } from '../plan/schema';
import { MOTTO, NATIONAL_NAME, SIGN_ON_PAPER } from '../report/official';
import { cellAddress } from '../sheet/a1';
import { FORM_MARGINS, READABLE_SCALE } from '../sheet/print';
import type { CellSpec, PrintSpec, SheetSpec } from '../sheet/spec';
import { formatDateVi } from '../text/dates';
import { columnIndexes, HEADER_ROW, printedColumnCount, type ColumnDef } from './model';

/** The label of the receiving body's line in the form's header (identity skips that line: it names the recipient). */
export const RECIPIENT_LABEL = 'Đơn vị nhận báo cáo';
/** The two forms of a template and their default numbers (the plan may set its own). */
export const FORM_NUMBERS = { indicators: 'Biểu số 01/BC-KTXH', tasks: 'Biểu số 02/BC-KTXH' } as const;

/** Which form a sheet is. */
export type FormKind = keyof typeof FORM_NUMBERS;

/** The form number the plan gives a form, else the default. */
export function formNumber(plan: Plan, kind: FormKind): string {
  return (
    (kind === 'indicators' ? plan.reporting.indicatorsForm : plan.reporting.tasksForm) ?? FORM_NUMBERS[kind]
  );
}

/**
 * Agencies whose direct parent body, printed above their name, is the province's People's Committee (Decree 30,
 * Appendix I: "tên cơ quan, tổ chức chủ quản trực tiếp (nếu có)"). A people's committee of a district or commune has
 * none above it in its own header; the police, the courts, the procuracy, the bank branch, the military and the
 * Front answer to central bodies the plan does not name, so only their own name is printed.
 */
const PARENT_IS_PROVINCE: Readonly<Record<AgencyKind, boolean>> = {
  department: true,
  office: true,
  inspectorate: true,
  police: false,
  procuracy: false,
  court: false,
  bank: false,
  military: false,
  'border-guard': false,
  front: false,
  locality: false,
};

/** "Sơn La": the place in the date line, from the issuer "Ủy ban nhân dân tỉnh Sơn La" (or a locality's name). */
export function placeName(plan: Plan, agency: Agency): string {
  const strip = (name: string) =>
    name
      .replace(/^(ủy ban nhân dân|ubnd)\s+(tỉnh|thành phố|huyện|thị xã|xã|phường|thị trấn)\s+/iu, '')
      .trim();
  return agency.kind === 'locality' ? strip(agency.name) : strip(plan.issuer);
}

/** The columns the header's and the signature's left and right blocks span (inclusive, zero-based). */
export interface FormBlocks {
  /** Printed columns: 0 … last. */
  last: number;
  left: { first: number; last: number };
  right: { first: number; last: number };
}

/** What the header block says. */
export interface FormTitle {
  kind: FormKind;
  /** The title in capitals, e.g. "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2025". */
  title: string;
}

/** A row of `width` cells with `cells` placed at their columns. */
function rowOf(width: number, cells: [col: number, cell: CellSpec][]): (CellSpec | null)[] {
  const row: (CellSpec | null)[] = Array<null>(width).fill(null);
  for (const [col, cell] of cells) row[col] = cell;
  return row;
}

/** The merge of a block on a row. */
const mergeOf = (row: number, b: { first: number; last: number }) =>
  `${cellAddress(row, b.first)}:${cellAddress(row, b.last)}`;

/** The header block: rows 0 … HEADER_ROW − 1, with their merges and heights. */
export function formHeader(
  plan: Plan,
  agency: Agency,
  info: PeriodInfo,
  title: FormTitle,
  blocks: FormBlocks,
  widths: readonly number[],
): { rows: (CellSpec | null)[][]; merges: string[]; heights: Record<number, number> } {
  const { left, right } = blocks;
  const width = widths.length;
  const whole = { first: 0, last: blocks.last };
  const recipient =
    plan.agencies.find((a) => a.id === plan.reporting.recipient)?.name ?? plan.reporting.recipient;
  const parent = PARENT_IS_PROVINCE[agency.kind] ? plan.issuer.toLocaleUpperCase('vi') : '';
  const period =
    `Tháng ${info.month} năm ${info.year} (số liệu từ ngày ${formatDateVi(info.windowStart)} đến ngày ` +
    `${formatDateVi(info.windowEnd)}; hạn gửi: ${dueWords(info)})`;
  const rows = [
    rowOf(width, [
      [left.first, { v: parent, s: 'formBody' }],
      [right.first, { v: NATIONAL_NAME, s: 'formNation' }],
    ]),
    rowOf(width, [
      [left.first, { v: agency.name.toLocaleUpperCase('vi'), s: 'formAgency' }],
      [right.first, { v: MOTTO, s: 'formMotto' }],
    ]),
    rowOf(width, [
      [left.first, { v: formNumber(plan, title.kind), s: 'formNumber' }],
      [right.first, { v: `${RECIPIENT_LABEL}: ${recipient}`, s: 'formBody' }],
    ]),
    rowOf(width, [[0, { v: title.title, s: 'formTitle' }]]),
    rowOf(width, [[0, { v: period, s: 'formPeriod' }]]),
    rowOf(width, []),
  ];
  const merges = [0, 1, 2].flatMap((r) => [mergeOf(r, left), mergeOf(r, right)]);
  merges.push(mergeOf(3, whole), mergeOf(4, whole));
  // Two lines for a long agency name in capitals; the title wraps on a narrow sheet.
  const agencyLines = agency.name.length > blockChars(blocks.left, widths) ? 2 : 1;
  const heights = { 0: 17, 1: 17 * agencyLines, 2: 17, 3: 22, 4: 17, 5: 6 };
  return { rows, merges, heights };
}

/** Rough capacity in capital letters of a block of columns with these widths (capitals are wider than average). */
function blockChars(block: { first: number; last: number }, widths: readonly number[]): number {
  let w = 0;
  for (let c = block.first; c <= block.last; c++) w += widths[c] ?? 10;
  return Math.floor(w * 0.75);
}

/**
 * "Sơn La, ngày …… tháng …… năm 2025": the day and month are written by hand when the report is signed. Not a formula
 * over the report date on the instructions sheet: the add-in writes a template's sheets under temporary names, so a
 * formula naming another sheet of the template would point at the old sheet (src/office/writeWorkbook.ts refuses it).
 */
function placeDateLine(place: string, year: number): string {
  return `${place}, ngày …… tháng …… năm ${year}`;
}

/**
 * The signature block from row `top`: place and date on the right; the preparer
 * on the left and the head of the agency on the right, each with the hint in italics and room to sign. Nothing is in
 * the id column or in an input column's first cell, so validation never takes these rows for data.
 */
export function signatureBlock(
  plan: Plan,
  agency: Agency,
  info: PeriodInfo,
  top: number,
  blocks: FormBlocks,
  width: number,
): { rows: (CellSpec | null)[][]; merges: string[]; heights: Record<number, number> } {
  const { left, right } = blocks;
  const both = (l: CellSpec | null, r: CellSpec | null) =>
    rowOf(width, [
      ...(l ? [[left.first, l] as [number, CellSpec]] : []),
      ...(r ? [[right.first, r] as [number, CellSpec]] : []),
    ]);
  const rows = [
    rowOf(width, []),
    both(null, { v: placeDateLine(placeName(plan, agency), info.year), s: 'formDate' }),
    both({ v: 'NGƯỜI LẬP BIỂU', s: 'formSigner' }, { v: 'THỦ TRƯỞNG CƠ QUAN', s: 'formSigner' }),
    both({ v: '(Ký, ghi rõ họ tên)', s: 'formHint' }, { v: SIGN_ON_PAPER, s: 'formHint' }),
    rowOf(width, []),
    rowOf(width, []),
    rowOf(width, []),
    // The names are written by hand under the signatures (the preparer's is on the instructions sheet too).
    both({ s: 'formSigner' }, null),
  ];
  const merges = [1, 2, 3, 7].flatMap((i) => {
    const r = top + i;
    return i === 1
      ? [mergeOf(r, right)]
      : i === 7
        ? [mergeOf(r, left)]
        : [mergeOf(r, left), mergeOf(r, right)];
  });
  const heights: Record<number, number> = {};
  for (let i = 0; i < rows.length; i++) heights[top + i] = i >= 4 && i <= 6 ? 20 : 17;
  return { rows, merges, heights };
}

/** The left and right blocks over the printed columns: left from `leftFirst` to `leftLast`, right from `rightFirst`. */
export function formBlocks(
  last: number,
  leftFirst: number,
  leftLast: number,
  rightFirst: number,
): FormBlocks {
  return { last, left: { first: leftFirst, last: leftLast }, right: { first: rightFirst, last } };
}

/**
 * Print setup of a form sheet: A4 landscape at a readable scale, margins of the decree, the printed columns only,
 * the table's header repeated, the agency, month and form number at the top of every page and "Trang X/Y" at the foot.
 */
export function formPrint(
  plan: Plan,
  agency: Agency,
  info: PeriodInfo,
  kind: FormKind,
  sheet: Pick<SheetSpec, 'cells'>,
  lastPrinted: number,
): PrintSpec {
  return {
    orientation: 'landscape',
    fitToWidth: true,
    minScale: READABLE_SCALE,
    titleRows: `${HEADER_ROW + 1}:${HEADER_ROW + 1}`,
    area: `A1:${cellAddress(Math.max(sheet.cells.length - 1, HEADER_ROW), lastPrinted)}`,
    header: { left: `${agency.name} — tháng ${info.month}/${info.year}`, right: formNumber(plan, kind) },
    footer: { center: 'Trang {page}/{pages}' },
    margins: FORM_MARGINS,
    centerHorizontally: true,
  };
}

/**
 * The start of a form sheet: its columns' indexes and widths, the form's header block over the printed columns
 * (`blocksOf` says where its left and right blocks sit), and the table's header row under it.
 */
export function formTable<K extends string>(
  plan: Plan,
  agency: Agency,
  info: PeriodInfo,
  title: FormTitle,
  columns: readonly ColumnDef<K>[],
  blocksOf: (col: Record<K, number>, last: number) => FormBlocks,
): {
  col: Record<K, number>;
  widths: number[];
  last: number;
  head: ReturnType<typeof formHeader>;
  cells: (CellSpec | null)[][];
} {
  const col = columnIndexes(columns);
  const widths = columns.map((c) => c.width);
  const last = printedColumnCount(columns) - 1;
  const head = formHeader(plan, agency, info, title, blocksOf(col, last), widths);
  const cells: (CellSpec | null)[][] = [...head.rows, columns.map((c) => ({ v: c.header, s: 'header' }))];
  return { col, widths, last, head, cells };
}
