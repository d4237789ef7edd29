/**
 * Charts added to the package ExcelJS wrote: for each sheet with charts, one drawing part with an anchor per chart,
 * one chart part per chart, the relationships sheet → drawing → chart, the sheet's <drawing> element and the
 * content-type overrides.
 */
import type { WorkbookSpec } from '../../../core/sheet/spec';
import { chartData, chartFrame } from './chartData';
import { chartXml } from './chartXml';
import { drawingRelsXml, drawingXml, type PlacedChart } from './drawingXml';
import {
  addContentType,
  addRelationship,
  insertDrawingElement,
  nextPartNumber,
  readPart,
  sheetPartPaths,
  writePart,
  type Parts,
} from './opc';

const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** Checks every chart of the spec (ranges, frames) before anything is written. */
export function checkCharts(spec: WorkbookSpec): void {
  for (const sheet of spec.sheets)
    for (const chart of sheet.charts) {
      chartData(sheet, chart);
      chartFrame(sheet, chart);
    }
}

/** Adds the spec's charts to the unzipped package `parts` (mutated). */
export function injectCharts(parts: Parts, spec: WorkbookSpec): void {
  const sheetPaths = sheetPartPaths(parts);
  if (sheetPaths.length !== spec.sheets.length)
    throw new Error(`xlsx package has ${sheetPaths.length} sheets, the spec ${spec.sheets.length}`);
  spec.sheets.forEach((sheet, i) => {
    if (sheet.charts.length === 0) return;
    const sheetPath = sheetPaths[i];
    if (sheetPath === undefined) throw new Error(`no worksheet part for sheet ${i + 1}`);
    const drawingNo = nextPartNumber(parts, 'xl/drawings/drawing');
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const placed: PlacedChart[] = [];
    const targets: { relId: string; chartPart: string }[] = [];
    sheet.charts.forEach((chart, k) => {
      const chartPart = `chart${nextPartNumber(parts, 'xl/charts/chart')}.xml`;
      writePart(parts, `xl/charts/${chartPart}`, chartXml(chart, chartData(sheet, chart)));
      addContentType(parts, `/xl/charts/${chartPart}`, CT_CHART);
      const relId = `rId${k + 1}`;
      targets.push({ relId, chartPart });
      placed.push({ frame: chartFrame(sheet, chart), relId, title: chart.title });
    });
    writePart(parts, drawingPath, drawingXml(placed));
    writePart(parts, `xl/drawings/_rels/drawing${drawingNo}.xml.rels`, drawingRelsXml(targets));
    addContentType(parts, `/${drawingPath}`, CT_DRAWING);
    const relId = addRelationship(parts, sheetPath, REL_DRAWING, `../drawings/drawing${drawingNo}.xml`);
    writePart(parts, sheetPath, insertDrawingElement(readPart(parts, sheetPath), relId, sheetPath));
  });
}
