/**
 * One SheetSpec's content as write steps, in the order Excel needs: number formats and values, styles, merges,
 * column widths and row heights, validation, conditional formats, tables, charts, freeze panes, tab colour, print
 * setup. Visibility, protection and activation are the writer's, after every sheet's content.
 */
import { cellAddress, rangeAddress } from '../core/sheet/a1';
import { BODY_FONT_SIZE, DOCUMENT_FONT, marginsOf, pageSectionCode, printScale } from '../core/sheet/print';
import type { CellStyle, ChartSpec, SheetSpec } from '../core/sheet/spec';
import type { Step } from './batches';
import { cellChunks } from './cellChunks';
import { applyConditionalStyle, applyStyle, styleBytes } from './formatting';
import type { HostFeatures, OptionalFeature } from './host';
import { ACTION_BYTES, jsonBytes } from './payload';
import { styleRects } from './styleRects';
import { columnWidthPoints } from './units';
import { applyValidation, officeValidation } from './validation';

/** The steps for one sheet and what they will write. */
export interface SheetWork {
  steps: Step[];
  cells: number;
  textCells: number;
  shortened: number;
  skipped: OptionalFeature[];
}

/**
 * Builds a sheet's content steps; `sheet()` gives its worksheet proxy when a step runs. Table `i` is created under
 * `tableName(i)`, asked when its step runs (the writer's temporary name, renamed at the end; default: its own).
 */
export function sheetContentSteps(
  spec: SheetSpec,
  styles: Readonly<Record<string, CellStyle>>,
  sheet: () => Excel.Worksheet,
  features: HostFeatures,
  tableName: (i: number) => string = (i) => spec.tables[i]?.name ?? '',
): SheetWork {
  const work: SheetWork = { steps: [], cells: 0, textCells: 0, shortened: 0, skipped: [] };
  // Setting values, formats and sizes again gives the same sheet (such a request may be resent); adding does not.
  const step = (bytes: number, queue: () => void) => work.steps.push({ bytes, queue, idempotent: true });
  const add = (bytes: number, queue: () => void) => work.steps.push({ bytes, queue });

  for (const chunk of cellChunks(spec)) {
    work.cells += chunk.cells;
    work.textCells += chunk.textCells;
    step(chunk.bytes, () => {
      const range = sheet().getRange(chunk.address);
      // Number formats first: a value typed into a Text ("@") cell stays text (see cellChunks). `numberFormat`
      // takes locale-neutral codes ("dd/mm/yyyy", "#,##0.0"); numberFormatLocal is the localized one:
      // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member
      if (chunk.numberFormat) range.numberFormat = chunk.numberFormat;
      // `formulas` takes English function names and A1 references whatever the user's language
      // (formulasLocal is the localized one): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member
      if (chunk.formulas) range.formulas = chunk.values;
      else range.values = chunk.values;
    });
  }

  for (const rect of styleRects(spec.cells)) {
    const style = styles[rect.style];
    if (!style) throw new Error(`${spec.name}: unknown style "${rect.style}"`);
    step(styleBytes(style, rect.range), () =>
      applyStyle(sheet().getRange(rangeAddress(rect.range)), style, rect.range),
    );
  }

  for (const merge of spec.merges) add(ACTION_BYTES * 2, () => sheet().getRange(merge).merge(false));

  for (const group of columnGroups(spec)) {
    step(ACTION_BYTES * 3, () => {
      const columns = sheet().getRange(group.address);
      columns.format.columnWidth = columnWidthPoints(group.width);
      if (group.hidden) columns.columnHidden = true;
    });
  }

  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) {
    const excelRow = Number(row) + 1;
    step(ACTION_BYTES * 2, () => {
      sheet().getRange(`${excelRow}:${excelRow}`).format.rowHeight = height;
    });
  }

  for (const v of spec.validations) {
    const translated = officeValidation(v);
    work.shortened += translated.shortened;
    add(translated.bytes, () => applyValidation(sheet(), translated));
  }

  for (const cf of spec.conditionalFormats) {
    for (const rule of cf.rules) {
      const style = styles[rule.style];
      if (!style) throw new Error(`${spec.name}: unknown style "${rule.style}"`);
      // "Cell value equal to" a quoted text: an exact match, where "text contains" would also colour "Gần đạt" for
      // "Đạt". https://learn.microsoft.com/javascript/api/excel/excel.conditionalcellvaluerule
      const formula1 = `="${rule.text.replace(/"/g, '""')}"`;
      add(ACTION_BYTES * 6 + jsonBytes(formula1), () => {
        const format = sheet().getRange(cf.range).conditionalFormats.add('CellValue');
        format.cellValue.rule = { formula1, operator: 'EqualTo' };
        applyConditionalStyle(format.cellValue.format, style);
      });
    }
  }

  spec.tables.forEach((t, i) => {
    add(ACTION_BYTES * 3, () => {
      const table = sheet().tables.add(t.range, true);
      table.name = tableName(i);
      table.style = t.style;
    });
  });

  for (const chart of spec.charts)
    add(ACTION_BYTES * (9 + 3 * (chart.pointColors?.length ?? 0)), () => addChart(sheet(), chart));

  viewSteps(spec, sheet, features, work);
  return work;
}

/** Freeze panes, tab colour and print setup (the last only with ExcelApi 1.9; else noted as skipped). */
function viewSteps(
  spec: SheetSpec,
  sheet: () => Excel.Worksheet,
  features: HostFeatures,
  work: SheetWork,
): void {
  const step = (bytes: number, queue: () => void) => work.steps.push({ bytes, queue, idempotent: true });
  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    step(ACTION_BYTES * 2, () => {
      const panes = sheet().freezePanes;
      if (freeze.rows > 0 && freeze.cols > 0)
        panes.freezeAt(`A1:${cellAddress(freeze.rows - 1, freeze.cols - 1)}`);
      else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
      else panes.freezeColumns(freeze.cols);
    });
  }

  const tabColor = spec.tabColor;
  if (tabColor) {
    step(ACTION_BYTES, () => {
      sheet().tabColor = `#${tabColor}`;
    });
  }

  const print = spec.print;
  if (print && !features.pageLayout) work.skipped.push('pageLayout');
  printSteps(spec, sheet, features, work);
}

/**
 * Print setup with ExcelApi 1.9's PageLayout (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout):
 * A4, orientation, the scale core computes (print.ts, the same the xlsx writer writes), margins in points, the
 * print area, repeated title rows, header and footer in the codes the .xlsx uses, and manual page breaks
 * (`Worksheet.horizontalPageBreaks.add` breaks above the range's first row:
 * https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection#excel-excel-pagebreakcollection-add-member(1)).
 */
function printSteps(
  spec: SheetSpec,
  sheet: () => Excel.Worksheet,
  features: HostFeatures,
  work: SheetWork,
): void {
  const print = spec.print;
  // The guard encloses every use: tests/office/apiSets.test.ts proves each 1.9 member is behind it.
  if (print && features.pageLayout) {
    const step = (bytes: number, queue: () => void) => work.steps.push({ bytes, queue, idempotent: true });
    const margins = marginsOf(spec);
    const points = (mm: number) => Math.round((mm / 25.4) * 72 * 100) / 100;
    step(ACTION_BYTES * 12, () => {
      const page = sheet().pageLayout;
      page.paperSize = 'A4';
      page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      page.zoom = { scale: printScale(spec) };
      page.topMargin = points(margins.top);
      page.bottomMargin = points(margins.bottom);
      page.leftMargin = points(margins.left);
      page.rightMargin = points(margins.right);
      page.headerMargin = points(margins.header);
      page.footerMargin = points(margins.footer);
      if (print.centerHorizontally) page.centerHorizontally = true;
      if (print.area) page.setPrintArea(print.area);
      if (print.titleRows) page.setPrintTitleRows(absoluteRows(print.titleRows));
    });
    const font = { name: DOCUMENT_FONT, size: BODY_FONT_SIZE };
    const sections = [
      ['leftHeader', print.header?.left],
      ['centerHeader', print.header?.center],
      ['rightHeader', print.header?.right],
      ['leftFooter', print.footer?.left],
      ['centerFooter', print.footer?.center],
      ['rightFooter', print.footer?.right],
    ] as const;
    const texts = sections.flatMap(([key, text]) =>
      text ? [[key, pageSectionCode(text, font)] as const] : [],
    );
    if (texts.length > 0) {
      step(ACTION_BYTES * 2 + texts.reduce((n, [, code]) => n + jsonBytes(code), 0), () => {
        const all = sheet().pageLayout.headersFooters.defaultForAllPages;
        for (const [key, code] of texts) all[key] = code;
      });
    }
    // Adding a break twice would add it twice: not an idempotent step.
    for (const row of print.rowBreaks ?? []) {
      work.steps.push({
        bytes: ACTION_BYTES * 2,
        queue: () => {
          sheet().horizontalPageBreaks.add(`A${row + 1}`);
        },
      });
    }
  }
}

/**
 * A clustered chart of one series over the spec's ranges, placed over its cell frame: bars or columns, the value
 * axis's minimum and each point's own fill when the spec gives them — all ExcelApi 1.1, under the add-in's minimum
 * (https://learn.microsoft.com/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-minimum-member,
 * https://learn.microsoft.com/javascript/api/excel/excel.chartpointscollection, and ChartFill.setSolidColor:
 * https://learn.microsoft.com/javascript/api/excel/excel.chartfill).
 */
function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const type = spec.kind === 'column' ? 'ColumnClustered' : 'BarClustered';
  const chart = sheet.charts.add(type, sheet.getRange(spec.values), 'Columns');
  chart.title.text = spec.title;
  chart.setPosition(spec.from, spec.to);
  const series = chart.series.getItemAt(0);
  series.name = spec.seriesName;
  series.setXAxisValues(sheet.getRange(spec.categories));
  if (spec.valueAxisMin !== undefined) chart.axes.valueAxis.minimum = spec.valueAxisMin;
  spec.pointColors?.forEach((color, i) => {
    if (color !== null) series.points.getItemAt(i).format.fill.setSolidColor(`#${color}`);
  });
}

/** Consecutive columns of equal width and visibility, as whole-column addresses ("A:C"). */
function columnGroups(spec: SheetSpec): { address: string; width: number; hidden: boolean }[] {
  const groups: { first: number; last: number; width: number; hidden: boolean }[] = [];
  spec.columns.forEach((col, i) => {
    const hidden = col.hidden === true;
    const last = groups[groups.length - 1];
    if (last && last.last === i - 1 && last.width === col.width && last.hidden === hidden) last.last = i;
    else groups.push({ first: i, last: i, width: col.width, hidden });
  });
  return groups.map((g) => ({
    address: `${columnOf(g.first)}:${columnOf(g.last)}`,
    width: g.width,
    hidden: g.hidden,
  }));
}

function columnOf(col: number): string {
  return cellAddress(0, col).replace(/\d+$/, '');
}

/** "5:5" → "$5:$5", the form setPrintTitleRows documents. */
function absoluteRows(rows: string): string {
  return rows
    .split(':')
    .map((r) => `$${r.replace(/\$/g, '')}`)
    .join(':');
}
