/** "Chỉ tiêu theo cơ quan": every agency's value of every indicator, judged, with the file, sheet and cells it came from. */
import type { IndicatorInput } from '../../plan/schema';
import type { SheetSpec } from '../../sheet/spec';
import { formatNumberVi } from '../../text/numbers';
import { actualCells } from '../data';
import { CONSOLIDATED_SHEETS } from '../labels';
import { tableSheet, type TableColumn } from '../tableSheet';
import type { AgencyValue } from '../types';
import type { SheetContext } from './context';
import { againstColumn, forecastColumn, percentOfAnnualColumn, progressColumn } from './verdictColumns';

function columns(x: SheetContext): TableColumn<AgencyValue>[] {
  const ind = new Map(x.plan.indicators.map((i) => [i.id, i]));
  return [
    {
      key: 'agencyId',
      header: 'Mã cơ quan',
      width: 16,
      kind: 'text',
      value: (v) => v.agencyId,
      print: 'hidden',
    },
    { key: 'agencyName', header: 'Cơ quan', width: 30, kind: 'text', value: (v) => v.agencyName },
    { key: 'indicatorId', header: 'Mã chỉ tiêu', width: 10, kind: 'text', value: (v) => v.indicatorId },
    {
      key: 'indicatorName',
      header: 'Chỉ tiêu',
      width: 40,
      kind: 'text',
      value: (v) => ind.get(v.indicatorId)?.name ?? v.indicatorId,
    },
    {
      key: 'unit',
      header: 'Đơn vị',
      width: 9,
      kind: 'text',
      value: (v) => ind.get(v.indicatorId)?.unit ?? '',
    },
    { key: 'actual', header: 'Thực hiện', width: 12, kind: 'number', value: (v) => v.actual },
    { key: 'yearEstimate', header: 'Ước cả năm', width: 12, kind: 'number', value: (v) => v.yearEstimate },
    percentOfAnnualColumn((v) => v.progress),
    progressColumn((v) => v.progress),
    againstColumn((v) => v.progress),
    forecastColumn((v) => v.forecast),
    {
      key: 'inputs',
      header: 'Số liệu đầu vào',
      width: 40,
      kind: 'text',
      value: (v) => inputsText(ind.get(v.indicatorId)?.inputs ?? [], v),
    },
    { key: 'notes', header: 'Ghi chú, giải trình', width: 40, kind: 'userText', value: (v) => v.notes },
    { key: 'file', header: 'Tệp', width: 28, kind: 'userText', value: (v) => v.fileName },
    { key: 'sheet', header: 'Trang', width: 14, kind: 'userText', value: (v) => v.sheet },
    { key: 'cells', header: 'Ô', width: 12, kind: 'text', value: (v) => actualCells(v.cells) },
  ];
}

/** The inputs in words with their units: "Kế hoạch vốn …: 57 tỷ đồng; Vốn … đã giải ngân (lũy kế): 30 tỷ đồng". */
function inputsText(inputs: readonly IndicatorInput[], v: AgencyValue): string {
  return inputs
    .map((i) => {
      const n = v.inputs[i.id];
      return `${i.name}: ${typeof n === 'number' ? `${formatNumberVi(n)} ${i.unit}` : '—'}`;
    })
    .join('; ');
}

/** Builds the sheet. */
export function valuesSheet(x: SheetContext): SheetSpec {
  return tableSheet({
    name: CONSOLIDATED_SHEETS.values,
    title: `SỐ LIỆU CHỈ TIÊU THEO CƠ QUAN — ${x.monthLabel.toUpperCase()}`,
    subtitle: x.subtitle,
    tableName: 'ChiTieuCoQuan',
    safety: x.safety,
    pageNote: x.pageNote,
    rows: x.c.values,
    groupBy: (v) => v.agencyId,
    columns: columns(x),
  });
}
