/** Conditional formats: "text equals" rules as cellIs-equal with a dxf, read from the XML and by openpyxl. */
import { writeWorkbook } from '../../../src/xlsx/write';
import { formulaString } from '../../../src/xlsx/write/conditional';
import { python } from '../../support/external';
import { partText, writeTemp } from '../../support/writeFiles';
import { sheet, workbook } from '../../support/writeSpec';

const spec = workbook([
  sheet('Chỉ tiêu', [[{ v: 'Đạt' }], [{ v: 'Chưa đạt' }]], {
    conditionalFormats: [
      {
        range: 'K5:K20',
        rules: [
          { kind: 'textEquals', text: 'Đạt', style: 'statusMet' },
          { kind: 'textEquals', text: 'Chưa đạt', style: 'statusMissed' },
        ],
      },
    ],
  }),
]);

const OPENPYXL = `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Chỉ tiêu']
out = []
for cf in ws.conditional_formatting:
    for r in cf.rules:
        out.append({'sqref': str(cf.sqref), 'type': r.type, 'operator': r.operator, 'formula': list(r.formula),
                    'priority': r.priority, 'fill': r.dxf.fill.fgColor.rgb, 'bg': r.dxf.fill.bgColor.rgb,
                    'font': r.dxf.font.color.rgb, 'bold': bool(r.dxf.font.b)})
print(json.dumps(sorted(out, key=lambda r: r['priority']), ensure_ascii=False))
`;

describe('conditional formats', () => {
  it('writes "text equals" as cellIs equal to a quoted string (not containsText, which matches "Chưa đạt" too)', async () => {
    const xml = partText(await writeWorkbook(spec), 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<conditionalFormatting sqref="K5:K20">');
    expect(xml).toContain(
      '<cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>&quot;Đạt&quot;</formula>',
    );
    expect(xml).toContain('priority="2" operator="equal"><formula>&quot;Chưa đạt&quot;</formula>');
    expect(xml).not.toContain('containsText');
  });

  it('gives each rule a dxf with the style’s fill (fg and bg colour) and font, as openpyxl reads it', async () => {
    const rules = JSON.parse(python(OPENPYXL, [writeTemp(await writeWorkbook(spec))]));
    expect(rules).toEqual([
      {
        sqref: 'K5:K20',
        type: 'cellIs',
        operator: 'equal',
        formula: ['"Đạt"'],
        priority: 1,
        fill: 'FFC6EFCE',
        bg: 'FFC6EFCE',
        font: 'FF006100',
        bold: false,
      },
      {
        sqref: 'K5:K20',
        type: 'cellIs',
        operator: 'equal',
        formula: ['"Chưa đạt"'],
        priority: 2,
        fill: 'FFFFC7CE',
        bg: 'FFFFC7CE',
        font: 'FF9C0006',
        bold: true,
      },
    ]);
  });

  it('doubles quotes inside the compared text', () => {
    expect(formulaString('Ghi "chú"')).toBe('"Ghi ""chú"""');
  });

  it('refuses a rule whose style the spec does not define', async () => {
    const bad = workbook([
      sheet('Chỉ tiêu', [], {
        conditionalFormats: [{ range: 'K5:K9', rules: [{ kind: 'textEquals', text: 'Đạt', style: 'xanh' }] }],
      }),
    ]);
    await expect(writeWorkbook(bad)).rejects.toThrow(/conditional format K5:K9: unknown style "xanh"/);
  });
});
