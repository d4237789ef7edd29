/**
 * "Xếp hạng địa phương": for each indicator the localities report, the localities of the month ranked best first by
 * the target's direction (../series, localityRanking), with each value's verdict and the cell it came from.
 */
import type { Indicator } from '../../plan/schema';
import type { SheetSpec } from '../../sheet/spec';
import { MEASURE_FORMAT, PROGRESS_COLOURS } from '../../template/styles';
import { CONSOLIDATED_SHEETS } from '../labels';
import { localityRanking, reportedByLocalities, type RankedLocality } from '../series';
import { tableSheet, type TableColumn } from '../tableSheet';
import type { DataRow } from '../types';
import type { SheetContext } from './context';

interface RankRow {
  ind: Indicator;
  place: RankedLocality;
}

const COLUMNS: readonly TableColumn<RankRow>[] = [
  { key: 'id', header: 'Mã chỉ tiêu', width: 9, kind: 'text', value: (r) => r.ind.id },
  { key: 'name', header: 'Chỉ tiêu', width: 40, kind: 'text', value: (r) => r.ind.name },
  { key: 'rank', header: 'Thứ hạng', width: 8, kind: 'integer', value: (r) => r.place.rank },
  { key: 'locality', header: 'Địa phương', width: 28, kind: 'text', value: (r) => r.place.agencyName },
  {
    key: 'value',
    header: 'Thực hiện',
    width: 12,
    kind: 'number',
    fmt: (r) => MEASURE_FORMAT[r.ind.measure],
    value: (r) => r.place.value,
  },
  { key: 'unit', header: 'Đơn vị', width: 9, kind: 'text', value: (r) => r.ind.unit },
  {
    key: 'status',
    header: 'Đánh giá tiến độ',
    width: 16,
    kind: 'text',
    value: (r) => r.place.status,
    colours: PROGRESS_COLOURS,
  },
  { key: 'source', header: 'Nguồn (tệp!trang!ô)', width: 45, kind: 'userText', value: (r) => r.place.source },
];

/** Builds the sheet for the consolidation's month over `data`. */
export function rankingSheet(x: SheetContext, data: readonly DataRow[]): SheetSpec {
  const rows = x.plan.indicators
    .filter((ind) => reportedByLocalities(x.plan, ind))
    .flatMap((ind) => localityRanking(x.plan, ind, data, x.c.period).map((place) => ({ ind, place })));
  return tableSheet({
    name: CONSOLIDATED_SHEETS.ranking,
    title: `XẾP HẠNG ĐỊA PHƯƠNG THEO CHỈ TIÊU — ${x.monthLabel.toUpperCase()}`,
    subtitle: `${x.subtitle}. Cao nhất trước với chỉ tiêu "không thấp hơn"; thấp nhất trước với "không vượt"; gần mục tiêu nhất trước với "khoảng"`,
    tableName: 'XepHang',
    safety: x.safety,
    pageNote: x.pageNote,
    rows,
    columns: COLUMNS,
  });
}
