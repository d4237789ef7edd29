/** "Vấn đề": every issue of every file, with its message, file, sheet and cell — the list an officer works through. */
import type { Issue } from '../../issues/issue';
import type { SheetSpec } from '../../sheet/spec';
import { CONSOLIDATED_SHEETS, SEVERITY_TEXT } from '../labels';
import { tableSheet, type TableColumn } from '../tableSheet';
import { scalarText, type SheetContext } from './context';

function columns(x: SheetContext): TableColumn<Issue>[] {
  return [
    {
      key: 'severity',
      header: 'Mức độ',
      width: 10,
      kind: 'text',
      value: (i) => SEVERITY_TEXT[i.severity],
      colours: [
        [SEVERITY_TEXT.error, 'statusMissed'],
        [SEVERITY_TEXT.warning, 'statusNear'],
        [SEVERITY_TEXT.info, 'statusInfo'],
      ],
    },
    { key: 'code', header: 'Mã', width: 22, kind: 'text', value: (i) => i.code, print: 'hidden' },
    { key: 'message', header: 'Nội dung', width: 70, kind: 'userText', value: (i) => x.describe(i) },
    { key: 'file', header: 'Tệp', width: 28, kind: 'userText', value: (i) => i.file ?? '' },
    { key: 'sheet', header: 'Trang', width: 14, kind: 'userText', value: (i) => i.sheet ?? '' },
    { key: 'cell', header: 'Ô', width: 10, kind: 'text', value: (i) => i.cell ?? '' },
    {
      key: 'subject',
      header: 'Đối tượng',
      width: 14,
      kind: 'userText',
      value: (i) => (i.subject ? x.agencyName(i.subject) : ''),
    },
    {
      key: 'found',
      header: 'Giá trị ghi trong tệp',
      width: 18,
      kind: 'userText',
      value: (i) => scalarText(i.found),
    },
    {
      key: 'expected',
      header: 'Giá trị đúng',
      width: 18,
      kind: 'userText',
      value: (i) => scalarText(i.expected),
    },
  ];
}

/** Builds the sheet. */
export function issuesSheet(x: SheetContext): SheetSpec {
  return tableSheet({
    name: CONSOLIDATED_SHEETS.issues,
    title: `CÁC VẤN ĐỀ PHÁT HIỆN KHI KIỂM TRA — ${x.monthLabel.toUpperCase()}`,
    subtitle: `${x.c.issues.length} vấn đề`,
    tableName: 'VanDe',
    safety: x.safety,
    pageNote: x.pageNote,
    rows: x.c.issues,
    columns: columns(x),
  });
}
