/** The drawing part (xl/drawings/drawingN.xml) that places a sheet's charts over cell rectangles, and its rels. */
import type { CellRange } from '../../../core/sheet/a1';
import { xmlEscape } from './xml';

/** One chart placed on the sheet: its frame in cells and its relationship id inside the drawing's rels. */
export interface PlacedChart {
  frame: CellRange;
  relId: string;
  title: string;
}

const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

function marker(tag: 'from' | 'to', col: number, row: number): string {
  return (
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/**
 * A twoCellAnchor per chart (moves and resizes with the cells). `to` is the cell after the frame's bottom-right
 * cell with zero offset, so the frame covers the whole "to" cell of the spec. The chart title doubles as the
 * frame's alternative text (descr) for screen readers.
 */
function anchor(chart: PlacedChart, index: number): string {
  const { frame } = chart;
  return (
    '<xdr:twoCellAnchor>' +
    marker('from', frame.left, frame.top) +
    marker('to', frame.right + 1, frame.bottom + 1) +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>' +
    `<xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}" descr="${xmlEscape(chart.title)}"/>` +
    '<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${chart.relId}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** The drawing part holding all of one sheet's charts. */
export function drawingXml(charts: readonly PlacedChart[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    charts.map(anchor).join('') +
    '</xdr:wsDr>'
  );
}

/** The drawing's relationships: relId → ../charts/chartN.xml. */
export function drawingRelsXml(targets: readonly { relId: string; chartPart: string }[]): string {
  const rels = targets
    .map(
      (t) =>
        `<Relationship Id="${t.relId}" Type="${REL_CHART}" Target="../charts/${xmlEscape(t.chartPart)}"/>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`
  );
}
