/** "Chỉ tiêu theo cơ quan": every agency's value of every indicator, judged, with the file, sheet and cells it came from. */
import type { SheetSpec } from '../../sheet/spec';
import { STATUS_COLOURS } from '../../template/styles';
import { actualCells, DATA_STATUS_TEXT } from '../data';
import { CONSOLIDATED_SHEETS } from '../labels';
import { tableSheet, type TableColumn } from '../tableSheet';
import type { AgencyValue } from '../types';
import type { SheetContext } from './context';

/** Status words of this sheet and their colours: the judged ones, and the two without a judgement. */
const COLOURS = [
  ...STATUS_COLOURS,
  [DATA_STATUS_TEXT.invalid, 'statusMissed'],
  [DATA_STATUS_TEXT.missing, 'statusNone'],
] as const;

function columns(x: SheetContext): TableColumn<AgencyValue>[] {
  const ind = new Map(x.plan.indicators.map((i) => [i.id, i]));
  return [
    { key: 'agencyId', header: 'Mã cơ quan', width: 16, kind: 'text', value: (v) => v.agencyId },
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
    { key: 'judged', header: 'Giá trị đánh giá', width: 12, kind: 'number', value: (v) => v.judged },
    { key: 'checkpoint', header: 'Mốc áp dụng', width: 12, kind: 'number', value: (v) => v.checkpoint },
    { key: 'gap', header: 'Chênh lệch', width: 11, kind: 'number', value: (v) => v.gap },
    {
      key: 'status',
      header: 'Đánh giá',
      width: 14,
      kind: 'text',
      value: (v) => DATA_STATUS_TEXT[v.status],
      colours: COLOURS,
    },
    {
      key: 'inputs',
      header: 'Số liệu đầu vào',
      width: 28,
      kind: 'text',
      value: (v) =>
        Object.entries(v.inputs)
          .map(([k, n]) => `${k} = ${n ?? '—'}`)
          .join('; '),
    },
    { key: 'notes', header: 'Ghi chú, giải trình', width: 40, kind: 'userText', value: (v) => v.notes },
    { key: 'file', header: 'Tệp', width: 28, kind: 'userText', value: (v) => v.fileName },
    { key: 'sheet', header: 'Trang', width: 14, kind: 'userText', value: (v) => v.sheet },
    { key: 'cells', header: 'Ô', width: 12, kind: 'text', value: (v) => actualCells(v.cells) },
  ];
}

/** Builds the sheet. */
export function valuesSheet(x: SheetContext): SheetSpec {
  return tableSheet({
    name: CONSOLIDATED_SHEETS.values,
    title: `SỐ LIỆU CHỈ TIÊU THEO CƠ QUAN — ${x.monthLabel.toUpperCase()}`,
    subtitle: x.subtitle,
    tableName: 'ChiTieuCoQuan',
    safety: x.safety,
    rows: x.c.values,
    columns: columns(x),
  });
}
