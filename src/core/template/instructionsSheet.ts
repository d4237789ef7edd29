/**
 * The instructions sheet ("Hướng dẫn"): who, which month, when due, the report date and the preparer (the forms'
 * signature block shows them), how to fill, the tasks the common row stands for, the legend. Two columns, so it
 * prints on A4 portrait at full size.
 */
import { decisionWords } from '../plan/decision';
import { dueWords, type PeriodInfo } from '../plan/period';
import type { Agency, Plan, Task } from '../plan/schema';
import { DOCUMENT_MARGINS, READABLE_SCALE } from '../sheet/print';
import type { CellSpec, SheetSpec, ValidationSpec } from '../sheet/spec';
import { formatDateVi, isoToSerial } from '../text/dates';
import { capitalise } from '../text/safeText';
import {
  COMMON_TASKS_ID,
  PREPARER_LABELS,
  REPORT_DATE_LABEL,
  SHEETS,
  STATUS_TEXT,
  TASK_STATUSES,
} from './model';
import { FORMATS, STYLES } from './styles';
import { fitRowHeights } from '../sheet/rowHeights';

const WIDTH = 2;

/** The report date cell's rule: a date in the plan year (or January after it), with a Vietnamese prompt. */
function reportDateValidation(plan: Plan, row: number): ValidationSpec {
  return {
    range: `B${row + 1}`,
    rule: {
      kind: 'date',
      min: isoToSerial(`${plan.year}-01-01`),
      max: isoToSerial(`${plan.year + 1}-01-31`),
    },
    allowBlank: true,
    prompt: {
      title: REPORT_DATE_LABEL,
      text: 'Ngày ký/gửi báo cáo, dạng ngày/tháng/năm (ví dụ 17/07/2025).',
    },
    error: {
      title: 'Ngày không hợp lệ',
      text: `Nhập một ngày trong năm ${plan.year} (ngày/tháng/năm).`,
      style: 'stop',
    },
  };
}

/** Builds the instructions sheet; row numbers of the input cells are found by label, never assumed. */
export function instructionsSheet(
  plan: Plan,
  agency: Agency,
  info: PeriodInfo,
  commonTasks: readonly Task[] = [],
): SheetSpec {
  const rows: (CellSpec | null)[][] = [];
  const line = (...cells: (CellSpec | null)[]) =>
    rows.push([...cells, ...Array<null>(WIDTH - cells.length).fill(null)]);
  const merges: string[] = [];
  const wide = (cell: CellSpec) => {
    line(cell);
    merges.push(`A${rows.length}:B${rows.length}`);
  };
  const recipient =
    plan.agencies.find((a) => a.id === plan.reporting.recipient)?.name ?? plan.reporting.recipient;

  wide({ v: 'HƯỚNG DẪN ĐIỀN MẪU BIỂU BÁO CÁO THÁNG', s: 'title' });
  wide({ v: plan.title, s: 'subtitle' });
  line();
  line({ v: 'Cơ quan báo cáo', s: 'label' }, { v: agency.name, s: 'text' });
  line(
    { v: 'Kỳ báo cáo', s: 'label' },
    { v: `Tháng ${String(info.month).padStart(2, '0')}/${info.year}`, s: 'text' },
  );
  line(
    { v: 'Số liệu tính từ', s: 'label' },
    { v: `${formatDateVi(info.windowStart)} đến ${formatDateVi(info.windowEnd)}`, s: 'text' },
  );
  line({ v: 'Hạn nộp', s: 'label' }, { v: `${capitalise(dueWords(info))} — gửi ${recipient}`, s: 'text' });
  line({ v: 'Căn cứ', s: 'label' }, { v: `${decisionWords(plan)}; ${plan.reporting.basis}`, s: 'text' });
  line();
  wide({ v: 'THÔNG TIN NGƯỜI BÁO CÁO (ô nền vàng)', s: 'section' });
  line({ v: REPORT_DATE_LABEL, s: 'label' }, { s: 'input', fmt: FORMATS.date });
  line({ v: PREPARER_LABELS.name, s: 'label' }, { s: 'inputText' });
  line({ v: PREPARER_LABELS.phone, s: 'label' }, { s: 'inputText', fmt: FORMATS.text });
  line();
  wide({ v: 'CÁCH ĐIỀN', s: 'section' });
  const steps = [
    `Trang "${SHEETS.indicators}": với mỗi chỉ tiêu, nhập số liệu thực hiện lũy kế đến kỳ và ước cả năm. Chỉ tiêu tính theo công thức (ví dụ tỷ lệ giải ngân) thì nhập các số liệu đầu vào ở các dòng ngay dưới chỉ tiêu (mã có số thứ tự, ví dụ CT08.1, CT08.2); tỷ lệ tự tính.`,
    'Đơn vị % nhập theo điểm phần trăm: 20,6 (không nhập 0,206 hay "20,6%"). Số thập phân dùng dấu phẩy theo máy tiếng Việt.',
    `Trang "${SHEETS.tasks}": chọn tình hình thực hiện (${TASK_STATUSES.join(', ')}), nhập % hoàn thành, kết quả, khó khăn và kiến nghị. Trang chỉ gồm nhiệm vụ cơ quan chủ trì, nhiệm vụ giao chung và nhiệm vụ phối hợp (phối hợp: báo cáo nếu có kết quả).`,
    'Không sửa các ô nền xám (kế hoạch giao), không xóa hay đổi mã ở cột "Mã"; có thể sắp xếp, lọc, thêm dòng ghi chú.',
    `Ghi ngày báo cáo và người lập biểu ở trên, in, ghi ngày và họ tên ở phần ký của các biểu, trình thủ trưởng cơ quan ký, đóng dấu (hoặc ký số), lưu tệp dạng .xlsx và gửi ${recipient} ${dueWords(info)}.`,
  ];
  steps.forEach((text, i) => wide({ v: `${i + 1}. ${text}`, s: 'text' }));
  if (commonTasks.length > 1) {
    line();
    wide({
      v: `NHIỆM VỤ GIAO CHUNG (báo cáo chung ở dòng ${COMMON_TASKS_ID} trang "${SHEETS.tasks}")`,
      s: 'section',
    });
    for (const task of commonTasks) line({ v: task.id, s: 'label' }, { v: task.title, s: 'text' });
  }
  line();
  wide({ v: 'CHÚ GIẢI', s: 'section' });
  line({ v: 'Ô nhập liệu', s: 'legendInput' }, { v: 'Cơ quan nhập số liệu, nội dung', s: 'text' });
  line(
    { v: 'Ô cố định', s: 'legendFixed' },
    { v: 'Theo kế hoạch giao; đã khóa (không mật khẩu), không sửa', s: 'text' },
  );
  line({ v: STATUS_TEXT.met, s: 'legendMet' }, { v: 'Đạt hoặc vượt mốc/kế hoạch', s: 'text' });
  line({ v: STATUS_TEXT.near, s: 'legendNear' }, { v: 'Chưa đạt nhưng trong ngưỡng gần đạt', s: 'text' });
  line({ v: STATUS_TEXT.missed, s: 'legendMissed' }, { v: 'Thấp hơn ngưỡng gần đạt', s: 'text' });

  const reportDateRow = rows.findIndex((r) => r[0]?.v === REPORT_DATE_LABEL);
  const sheet: SheetSpec = {
    name: SHEETS.instructions,
    visibility: 'visible',
    cells: rows,
    columns: [{ width: 24 }, { width: 56 }],
    rowHeights: { 0: 28 },
    merges,
    validations: [reportDateValidation(plan, reportDateRow)],
    conditionalFormats: [],
    tables: [],
    charts: [],
    protect: true,
    print: {
      orientation: 'portrait',
      fitToWidth: true,
      minScale: READABLE_SCALE,
      footer: { center: 'Trang {page}/{pages}' },
      margins: DOCUMENT_MARGINS,
    },
    tabColor: 'BF9000',
  };
  fitRowHeights(sheet, STYLES, 1);
  return sheet;
}
