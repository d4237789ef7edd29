/** Charts injected after ExcelJS: parts, relationships, schema order, caches; read by openpyxl and LibreOffice. */
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChartSpec } from '../../../src/core/sheet/spec';
import { writeWorkbook } from '../../../src/xlsx/write';
import { sheetRef } from '../../../src/xlsx/write/charts/chartData';
import { libreOfficeConvert, python, tempDir } from '../../support/external';
import { loadWithExcelJS, partNames, partText, sheetOf, writeTemp } from '../../support/writeFiles';
import { overviewSheet, workbook } from '../../support/writeSpec';

const OPENPYXL = `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Tổng quan']
out = []
for c in ws._charts:
    s = c.series[0]
    out.append({'type': type(c).__name__, 'barDir': c.barDir, 'grouping': c.grouping,
                'cat': s.cat.strRef.f, 'val': s.val.numRef.f,
                'cached': [p.v for p in s.val.numRef.numCache.pt],
                'anchor': [c.anchor._from.col, c.anchor._from.row, c.anchor.to.col, c.anchor.to.row]})
print(json.dumps(out, ensure_ascii=False))
`;

const oneChart = () => writeWorkbook(workbook([overviewSheet()]));

describe('chart parts', () => {
  it('adds a chart part, a drawing part and their relationships and content types', async () => {
    const bytes = await oneChart();
    expect(partNames(bytes)).toEqual(
      expect.arrayContaining([
        'xl/charts/chart1.xml',
        'xl/drawings/drawing1.xml',
        'xl/drawings/_rels/drawing1.xml.rels',
        'xl/worksheets/_rels/sheet1.xml.rels',
      ]),
    );
    const types = partText(bytes, '[Content_Types].xml');
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    expect(partText(bytes, 'xl/drawings/_rels/drawing1.xml.rels')).toContain(
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"',
    );
  });

  it('links the sheet to its drawing next to the table’s relationship, and places <drawing> in schema order', async () => {
    const bytes = await oneChart();
    const rels = partText(bytes, 'xl/worksheets/_rels/sheet1.xml.rels');
    expect(rels).toContain(
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table"',
    );
    expect(rels).toContain(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"',
    );
    const xml = partText(bytes, 'xl/worksheets/sheet1.xml');
    const order = ['<pageMargins', '<pageSetup', '<drawing r:id="rId2"/>', '<tableParts'].map((t) =>
      xml.indexOf(t),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('refers to the data with quoted sheet-qualified ranges and caches the current values', async () => {
    const xml = partText(await oneChart(), 'xl/charts/chart1.xml');
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(xml).toContain("<c:f>'Tổng quan'!$A$5:$A$7</c:f>");
    expect(xml).toContain("<c:f>'Tổng quan'!$C$5:$C$7</c:f>");
    expect(xml).toContain(
      '<c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>CT01</c:v></c:pt><c:pt idx="1"><c:v>CT02</c:v></c:pt><c:pt idx="2"><c:v>CT03</c:v></c:pt></c:strCache>',
    );
    // CT03 has no value: a gap, not a zero.
    expect(xml).toContain(
      '<c:formatCode>0.0</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>95.5</c:v></c:pt><c:pt idx="1"><c:v>101.25</c:v></c:pt></c:numCache>',
    );
    expect(xml).toContain('<a:t>% so với mốc áp dụng (toàn tỉnh)</a:t>');
    expect(xml).toContain('<c:tx><c:v>% so với mốc</c:v></c:tx>');
  });

  it('anchors the frame from the top-left cell to the end of the bottom-right cell', async () => {
    const xml = partText(await oneChart(), 'xl/drawings/drawing1.xml');
    expect(xml).toContain('<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>');
    expect(xml).toContain('<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row>');
    expect(xml).toContain('descr="% so với mốc áp dụng (toàn tỉnh)"');
  });

  it('numbers charts across the workbook and gives each sheet its own drawing', async () => {
    const second: ChartSpec = {
      title: 'Thứ hai',
      seriesName: 'x',
      categories: 'B5:B7',
      values: 'C5:C7',
      from: 'E22',
      to: 'L40',
    };
    const first = overviewSheet();
    first.charts.push(second);
    const other = { ...overviewSheet({ tables: [] }), name: 'Tổng quan (2)' };
    const bytes = await writeWorkbook(workbook([first, other]));
    expect(
      partNames(bytes)
        .filter((n) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(n))
        .sort(),
    ).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/charts/chart3.xml',
      'xl/drawings/drawing1.xml',
      'xl/drawings/drawing2.xml',
    ]);
    expect(partText(bytes, 'xl/drawings/drawing1.xml').match(/<xdr:twoCellAnchor>/g)).toHaveLength(2);
    expect(partText(bytes, 'xl/charts/chart3.xml')).toContain("'Tổng quan (2)'!$C$5:$C$7");
    // The second sheet had no rels (no table): one was created for the drawing.
    expect(partText(bytes, 'xl/worksheets/_rels/sheet2.xml.rels')).toContain(
      'Target="../drawings/drawing2.xml"',
    );
  });

  it('adds no drawing parts to a workbook without charts', async () => {
    const names = partNames(await writeWorkbook(workbook([overviewSheet({ charts: [] })])));
    expect(names.some((n) => n.includes('chart') || n.includes('drawing'))).toBe(false);
  });

  it('quotes sheet names and doubles apostrophes in references', () => {
    expect(sheetRef("Sở 'A'", { top: 0, left: 0, bottom: 9, right: 0 })).toBe("'Sở ''A'''!$A$1:$A$10");
  });
});

describe('chart refusals', () => {
  const withChart = (over: Partial<ChartSpec>) => {
    const s = overviewSheet();
    s.charts = [{ ...(s.charts[0] as ChartSpec), ...over }];
    return writeWorkbook(workbook([s]));
  };

  it('refuses categories and values of different lengths', async () => {
    await expect(withChart({ values: 'C5:C6' })).rejects.toThrow(/categories \(3\) and values \(2\) differ/);
  });

  it('refuses data that is not one row or one column', async () => {
    await expect(withChart({ values: 'B5:C7' })).rejects.toThrow(/one row or one column/);
  });

  it('refuses a frame whose "to" is above or left of "from", or not a single cell', async () => {
    await expect(withChart({ from: 'L20', to: 'E2' })).rejects.toThrow(/must be below and right/);
    await expect(withChart({ from: 'E2:F3' })).rejects.toThrow(/single cells/);
  });
});

/** A trends chart (Xu hướng): columns, each coloured by its verdict, the value axis from zero. */
const trendChart = () => {
  const base = overviewSheet();
  const chart = base.charts[0] as ChartSpec;
  return writeWorkbook(
    workbook([
      overviewSheet({
        charts: [{ ...chart, kind: 'column', pointColors: ['2E7D32', 'F9A825', 'C62828'], valueAxisMin: 0 }],
      }),
    ]),
  );
};

const OPENPYXL_POINTS = `
import sys, json, openpyxl
c = openpyxl.load_workbook(sys.argv[1])['Tổng quan']._charts[0]
s = c.series[0]
def colour(p):
    rgb = p.graphicalProperties.solidFill.srgbClr
    return rgb if isinstance(rgb, str) else rgb.val
print(json.dumps({'barDir': c.barDir, 'min': c.y_axis.scaling.min,
                  'points': [[p.idx, colour(p)] for p in s.dPt]}))
`;

describe('trend charts: columns coloured by verdict, axis from zero', () => {
  it('writes one c:dPt per coloured point and the value axis minimum', async () => {
    const xml = partText(await trendChart(), 'xl/charts/chart1.xml');
    expect(xml).toContain('<c:barDir val="col"/>');
    expect(xml.match(/<c:dPt>/g)).toHaveLength(3);
    expect(xml).toContain('<c:min val="0"/>');
  });

  it('is read by openpyxl as columns with those colours and that minimum', async () => {
    expect(JSON.parse(python(OPENPYXL_POINTS, [writeTemp(await trendChart())]))).toEqual({
      barDir: 'col',
      min: 0,
      points: [
        [0, '2E7D32'],
        [1, 'F9A825'],
        [2, 'C62828'],
      ],
    });
  });

  it('writes neither for a chart without them', async () => {
    const xml = partText(await oneChart(), 'xl/charts/chart1.xml');
    expect(xml).not.toContain('<c:dPt>');
    expect(xml).not.toContain('<c:min ');
  });
});

describe('charts in other clients', () => {
  it('still loads in ExcelJS', async () => {
    const ws = sheetOf(await loadWithExcelJS(await oneChart()), 'Tổng quan');
    expect(ws.getCell('C5').value).toBe(95.5);
  });

  it('is read as a clustered bar chart by openpyxl, with its references, cache and anchor', async () => {
    const charts = JSON.parse(python(OPENPYXL, [writeTemp(await oneChart())]));
    expect(charts).toEqual([
      {
        type: 'BarChart',
        barDir: 'bar',
        grouping: 'clustered',
        cat: "'Tổng quan'!$A$5:$A$7",
        val: "'Tổng quan'!$C$5:$C$7",
        cached: [95.5, 101.25],
        anchor: [4, 1, 12, 20],
      },
    ]);
  });

  it('survives a LibreOffice resave: the chart part is kept and still points at the sheet’s ranges', async () => {
    const out = tempDir('chitieu-write-lo-');
    const resaved = libreOfficeConvert(writeTemp(await oneChart(), 'bieu-do.xlsx'), 'xlsx', out);
    const parts = unzipSync(readFileSync(resaved));
    const chart = Object.entries(parts).find(([n]) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    if (!chart) throw new Error('LibreOffice dropped the chart');
    const xml = strFromU8(chart[1]);
    expect(xml).toContain('barDir val="bar"');
    // LibreOffice writes the quotes as &apos;.
    expect(xml).toMatch(/(?:'|&apos;)Tổng quan(?:'|&apos;)!\$C\$5:\$C\$7/);
    expect(path.basename(resaved)).toBe('bieu-do.xlsx');
  });
});
