/**
 * The chart part (xl/charts/chartN.xml): a clustered horizontal bar chart of one series. ExcelJS cannot write
 * charts (https://github.com/exceljs/exceljs/issues/993), so this is DrawingML written by hand, elements in the
 * order the ECMA-376 Part 1 schema (dml-chart.xsd) requires — Excel rejects a chart whose children are out of order.
 */
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

function series(seriesName: string, data: ChartData): string {
  return (
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:v>${xmlEscape(seriesName)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${BAR_COLOR}"/></a:solidFill></c:spPr>` +
    '<c:invertIfNegative val="0"/>' +
    dataLabels(data.formatCode) +
    categories(data) +
    values(data) +
    '</c:ser>'
  );
}

/**
 * Axes. Categories run top to bottom in sheet order (orientation maxMin on the category axis); the value axis then
 * crosses at the maximum category, which keeps it at the bottom of the plot.
 */
function axes(formatCode: string): string {
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
    '<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="1"/>' +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="${xmlEscape(formatCode)}" sourceLinked="1"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`;
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
export function chartXml(chartTitle: string, seriesName: string, data: ChartData): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}><c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chartTitle)}<c:plotArea><c:layout/>` +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    series(seriesName, data) +
    `<c:gapWidth val="60"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>` +
    axes(data.formatCode) +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    textProperties() +
    '</c:chartSpace>'
  );
}
