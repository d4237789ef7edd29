/**
 * The chart part (xl/charts/chartN.xml): a clustered chart of one series, horizontal bars or vertical columns, with
 * points coloured one by one and a fixed minimum on the value axis when the spec asks. ExcelJS cannot write
 * charts (https://github.com/exceljs/exceljs/issues/993), so this is DrawingML written by hand, elements in the
 * order the ECMA-376 Part 1 schema (dml-chart.xsd) requires — Excel rejects a chart whose children are out of order.
 */
import type { ChartSpec } from '../../../core/sheet/spec';
import { FONT_NAME } from '../styles';
import type { ChartData } from './chartData';
import { xmlEscape } from './xml';

/** Bar colour: the dark blue of the templates' headings and tab colours. */
export const BAR_COLOR = '2F5597';
const CAT_AX = 500000001;
const VAL_AX = 500000002;

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function title(text: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>'
  );
}

function categories(data: ChartData): string {
  const pts = data.categories
    .map((p) => `<c:pt idx="${p.idx}"><c:v>${xmlEscape(p.text)}</c:v></c:pt>`)
    .join('');
  return (
    `<c:cat><c:strRef><c:f>${xmlEscape(data.categoriesRef)}</c:f>` +
    `<c:strCache><c:ptCount val="${data.pointCount}"/>${pts}</c:strCache></c:strRef></c:cat>`
  );
}

function values(data: ChartData): string {
  const pts = data.values.map((p) => `<c:pt idx="${p.idx}"><c:v>${p.value}</c:v></c:pt>`).join('');
  return (
    `<c:val><c:numRef><c:f>${xmlEscape(data.valuesRef)}</c:f><c:numCache>` +
    `<c:formatCode>${xmlEscape(data.formatCode)}</c:formatCode><c:ptCount val="${data.pointCount}"/>${pts}` +
    '</c:numCache></c:numRef></c:val>'
  );
}

/** Value labels at the bar ends, in the values' own number format. */
function dataLabels(formatCode: string): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${xmlEscape(formatCode)}" sourceLinked="1"/>` +
    '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
    '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
  );
}

function fill(color: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;
}

/** A point with its own fill (CT_DPt: idx, invertIfNegative, bubble3D, spPr — in that order). */
function dataPoint(p: { idx: number; color: string }): string {
  return `<c:dPt><c:idx val="${p.idx}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill(p.color)}</c:dPt>`;
}

function series(seriesName: string, data: ChartData): string {
  return (
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:v>${xmlEscape(seriesName)}</c:v></c:tx>` +
    fill(BAR_COLOR) +
    '<c:invertIfNegative val="0"/>' +
    data.pointColors.map(dataPoint).join('') +
    dataLabels(data.formatCode) +
    categories(data) +
    values(data) +
    '</c:ser>'
  );
}

/**
 * Axes. Bars: categories run top to bottom in sheet order (orientation maxMin on the category axis), and the value
 * axis crosses at the maximum category, which keeps it at the bottom of the plot. Columns: categories left to right,
 * the value axis on the left. A fixed minimum goes after the orientation (CT_Scaling: orientation, max, min).
 */
function axes(formatCode: string, kind: 'bar' | 'column', min: number | undefined): string {
  const bar = kind === 'bar';
  const minimum = min === undefined ? '' : `<c:min val="${min}"/>`;
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${bar ? 'maxMin' : 'minMax'}"/>` +
    `</c:scaling><c:delete val="0"/><c:axPos val="${bar ? 'l' : 'b'}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/>' +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/>${minimum}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? 'b' : 'l'}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${xmlEscape(formatCode)}" sourceLinked="1"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="${bar ? 'max' : 'autoZero'}"/>` +
    '<c:crossBetween val="between"/></c:valAx>';
  return catAx + valAx;
}

/**
 * Chart-wide text: the workbook's font, so Vietnamese labels render with the same glyphs as the cells; 11 pt like
 * the cells, so the labels still print at 10 pt or more when the sheet is scaled down to fit (core/sheet/print.ts).
 */
function textProperties(): string {
  return (
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100">' +
    `<a:latin typeface="${FONT_NAME}"/><a:cs typeface="${FONT_NAME}"/>` +
    '</a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>'
  );
}

/** The whole chart part for one chart. */
export function chartXml(chart: ChartSpec, data: ChartData): string {
  const kind = chart.kind ?? 'bar';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}><c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title)}<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${kind === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/>` +
    '<c:varyColors val="0"/>' +
    series(chart.seriesName, data) +
    `<c:gapWidth val="60"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>` +
    axes(data.formatCode, kind, chart.valueAxisMin) +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    textProperties() +
    '</c:chartSpace>'
  );
}
