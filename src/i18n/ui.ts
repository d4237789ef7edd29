/**
 * Every text of the Excel task pane, in Vietnamese (default) and English, plus the messages for Office failures by
 * the keys src/office/errors.ts gives (`office.error.*`). Placeholders as {name}, filled by uiText.
 */
import { fill, type Lang } from './index';

const vi = {
  appTitle: 'Chỉ tiêu KT-XH',
  connecting: 'Đang kết nối với Excel…',
  loading: 'Đang tải…',
  tabsLabel: 'Chức năng',
  tabTemplate: 'Mẫu biểu',
  tabValidate: 'Kiểm tra',
  tabConsolidate: 'Tổng hợp',
  switchLanguage: 'EN',
  switchLanguageLabel: 'Switch to English',
  lazyFailed: 'Không tải được phần Tổng hợp. Kiểm tra kết nối mạng rồi thử lại.',
  retry: 'Thử lại',
  dismiss: 'Đóng',
  cancel: 'Hủy',
  errorCode: 'Mã lỗi: {code}',
  errorTitle: 'Không thực hiện được',
  doneTitle: 'Xong',

  outsideTitle: 'Hãy mở phần bổ trợ từ Excel',
  outsideBody:
    'Trang này là ngăn tác vụ của phần bổ trợ Excel “Chỉ tiêu KT-XH” và chỉ hoạt động bên trong Excel. Mở Excel (trên máy tính hoặc Excel trên web), vào thẻ Trang chủ → Chỉ tiêu KT-XH.',
  notExcelTitle: 'Phần bổ trợ này chỉ dùng trong Excel',
  notExcelBody: 'Ứng dụng đang mở không phải Excel. Hãy mở một sổ Excel, vào thẻ Trang chủ → Chỉ tiêu KT-XH.',
  tooOldTitle: 'Phiên bản Excel này quá cũ',
  tooOldBody:
    'Phần bổ trợ cần Excel 2019, Excel 2021, Excel 2024, Microsoft 365 hoặc Excel trên web (hỗ trợ {needed}); Excel 2016 không đủ. Hãy cập nhật Excel, hoặc dùng Excel trên web, hoặc dùng chương trình chitieu trên máy tính.',

  agencyLabel: 'Cơ quan',
  agencyPlaceholder: 'Gõ tên hoặc mã cơ quan',
  agencyNoMatch: 'Không có cơ quan phù hợp',
  agencyRequired: 'Hãy chọn một cơ quan trong danh sách.',
  periodLabel: 'Kỳ báo cáo',
  periodOption: 'Tháng {month}/{year}',
  templateIntro:
    'Chọn cơ quan và kỳ báo cáo, rồi chèn mẫu biểu vào sổ đang mở hoặc tải về tệp .xlsx để gửi cho cơ quan.',
  templateContents: '{indicators} chỉ tiêu, {tasks} nhiệm vụ · hạn nộp {due}',
  insertTemplate: 'Chèn vào sổ đang mở',
  downloadTemplate: 'Tải tệp .xlsx',
  inserting: 'Đang chèn mẫu biểu…',
  downloading: 'Đang tạo tệp…',
  inserted: 'Đã chèn mẫu biểu của {agency}, kỳ {period} ({sheets} trang).',
  insertedSkipped: 'Excel này thiếu một vài tính năng ({features}); mẫu biểu vẫn dùng được bình thường.',
  downloaded: 'Đã tạo tệp {file}.',
  downloadFailed: 'Không tạo được tệp .xlsx.',
  replaceTitle: 'Sổ đã có trang trùng tên',
  replaceBody:
    'Sổ đang mở đã có: {names}. Thay bằng mẫu biểu mới? Số liệu trên các trang cũ sẽ mất và không hoàn tác được bằng Ctrl+Z.',
  replaceConfirm: 'Thay thế',
  tableClash: 'Sổ đã có bảng tên {tables} trên một trang khác; đổi tên hoặc xóa bảng đó rồi thử lại.',

  validateIntro: 'Đọc sổ đang mở và kiểm tra số liệu theo kế hoạch. Bấm vào một vấn đề để tới ô cần sửa.',
  validateButton: 'Kiểm tra sổ đang mở',
  validating: 'Đang đọc sổ…',
  selecting: 'Đang chọn ô…',
  colouring: 'Đang tô màu…',
  validatedAt: 'Kết quả lần kiểm tra lúc {time}. Sau khi sửa số liệu, hãy kiểm tra lại.',
  summaryHeading: 'Kết quả kiểm tra',
  summaryIdentity: '{agency} · kỳ {period}',
  summaryNoIdentity: 'Không nhận ra mẫu biểu trong sổ này.',
  countsLabel: 'Số vấn đề theo mức độ',
  indicatorsHeading: 'Chỉ tiêu ({count})',
  statusMet: 'Đạt',
  statusNear: 'Gần đạt',
  statusMissed: 'Chưa đạt',
  statusMissing: 'Chưa có số liệu',
  statusInvalid: 'Không hợp lệ',
  statusNotApplicable: 'Không áp dụng',
  tasksLine: 'Nhiệm vụ: {done}/{total} hoàn thành, {overdue} quá hạn',
  completenessLine: 'Đã điền {filled}/{required} ô bắt buộc',
  onTime: 'Hạn nộp {due}: đúng hạn',
  late: 'Hạn nộp {due}: muộn {days} ngày',
  dateUnknown: 'Hạn nộp {due}: chưa có ngày báo cáo',
  noIssues: 'Không có vấn đề nào. Báo cáo sẵn sàng để gửi.',
  issuesHeading: 'Vấn đề ({count})',
  generalSheet: 'Chung',
  goToCell: 'Tới ô {cell} trang {sheet}: {message}',
  selectSheetMissing: 'Sổ không còn trang “{sheet}”.',
  selectSheetHidden: 'Trang “{sheet}” đang ẩn nên không chọn được ô {cell}.',
  selectBadAddress: 'Địa chỉ ô “{cell}” không hợp lệ.',
  highlightToggle: 'Tô màu ô có vấn đề',
  clearHighlights: 'Bỏ tô màu',
  highlighted: 'Đã tô màu {count} ô có vấn đề.',
  highlightSkipped: '{count} ô không tô được (trang bị khóa hoặc không còn).',
  highlightTruncated: '{count} ô vượt quá giới hạn nên không được tô.',
  cleared: 'Đã bỏ tô màu {count} ô.',

  consolidateIntro:
    'Chọn các tệp .xlsx các cơ quan gửi về (chọn được nhiều tệp). Mỗi tệp được đọc riêng; tệp hỏng bị loại kèm lý do, các tệp khác vẫn được tổng hợp.',
  filesLabel: 'Tệp báo cáo (.xlsx)',
  chooseFiles: 'Chọn tệp…',
  noFilesChosen: 'Chưa chọn tệp nào',
  filesChosen: 'Đã chọn {count} tệp',
  consolidatePeriodLabel: 'Kỳ tổng hợp',
  periodAuto: 'Tự nhận từ các tệp',
  readingFiles: 'Đang đọc các tệp…',
  fileQueued: 'Đang chờ',
  fileReading: 'Đang đọc',
  fileRead: 'Đã đọc',
  fileFailed: 'Không đọc được',
  filesProgress: 'Đã đọc {done}/{total} tệp',
  fileListLabel: 'Tiến độ đọc tệp',
  noPeriod: 'Không xác định được kỳ báo cáo từ các tệp; hãy chọn kỳ tổng hợp.',
  consolidationHeading: 'Kết quả tổng hợp kỳ {period}',
  fileCounts:
    '{total} tệp: {merged} tổng hợp, {superseded} bị thay thế, {duplicate} trùng, {otherPeriod} khác kỳ, {otherPlan} khác kế hoạch, {rejected} bị từ chối.',
  agencyCounts: 'Cơ quan phải nộp {expected}: đã nộp {submitted} (muộn {late}), chưa nộp {missing}.',
  rowCounts: 'Dòng số liệu: đọc {read} = tổng hợp {merged} + loại {rejected}.',
  lateHeading: 'Nộp muộn',
  lateItem: '{agency}: muộn {days} ngày',
  missingHeading: 'Chưa nộp ({count})',
  notMergedHeading: 'Tệp không được tổng hợp ({count})',
  fileStatusMerged: 'Đã tổng hợp',
  fileStatusSuperseded: 'Bị thay thế',
  fileStatusDuplicate: 'Trùng lặp',
  fileStatusOtherPeriod: 'Khác kỳ',
  fileStatusOtherPlan: 'Khác kế hoạch',
  fileStatusRejected: 'Bị từ chối',
  writeConsolidation: 'Ghi vào sổ đang mở',
  writing: 'Đang ghi bảng tổng hợp…',
  written: 'Đã ghi {sheets} trang tổng hợp vào sổ đang mở ({rows} dòng dữ liệu, {months} tháng).',
  previousOtherPlan:
    'Sổ đang mở chứa bảng tổng hợp của kế hoạch “{found}”. Hãy ghi vào một sổ khác (chưa ghi gì nên không mất dữ liệu).',
  previousBadRow:
    'Trang “{sheet}” ô {cell} có giá trị “{found}” không hợp lệ — sửa lại rồi ghi lại (chưa ghi gì nên không mất dữ liệu).',
  readerFailed: 'Không đọc được tệp {file} trong trình duyệt.',
  chooseAgain: 'Chọn lại tệp',

  'office.error.accessDenied':
    'Excel không cho phép thao tác này (trang hoặc sổ đang được bảo vệ, hoặc sổ chỉ được xem).',
  'office.error.alreadyExists': 'Sổ đã có một trang hoặc bảng cùng tên.',
  'office.error.notFound': 'Không tìm thấy trang hoặc vùng ô cần dùng (có thể vừa bị xóa hoặc đổi tên).',
  'office.error.invalidArgument': 'Excel từ chối dữ liệu được gửi (địa chỉ hoặc giá trị không hợp lệ).',
  'office.error.tooLarge': 'Dữ liệu quá lớn cho một lần gửi tới Excel.',
  'office.error.conflict':
    'Vùng ô bị vướng (ô gộp, bộ lọc, bảng hoặc PivotTable). Hãy gỡ chỗ vướng rồi thử lại.',
  'office.error.cellEditMode': 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc rồi thử lại.',
  'office.error.unsupported': 'Phiên bản Excel này không hỗ trợ thao tác này.',
  'office.error.inactiveWorkbook': 'Sổ không còn là sổ đang mở. Chuyển về sổ đó rồi thử lại.',
  'office.error.busy': 'Excel đang bận hoặc tạm thời không phản hồi. Đợi một lát rồi thử lại.',
  'office.error.general': 'Excel báo lỗi khi thực hiện thao tác.',
  'office.error.internal': 'Lỗi nội bộ của phần bổ trợ. Hãy báo cho người quản trị kèm mã lỗi.',
  'office.error.unknown': 'Đã xảy ra lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị.',
  'office.error.sheetTooLarge':
    'Một trang trong sổ có vùng dữ liệu quá lớn để đọc (quá 6 triệu ô), thường do một ô có giá trị nằm rất xa. Nhấn Ctrl+End trên từng trang để tìm ô đó, xóa các hàng, cột thừa, lưu sổ rồi thử lại.',
  'office.error.writeInterrupted':
    'Excel dừng giữa chừng khi ghi và chưa dọn lại được sổ. Sổ có thể còn các trang tên bắt đầu bằng “(tạm”: đó là bản ghi dở, hãy xóa. Các trang tên bắt đầu bằng “(cũ” là dữ liệu cũ của bạn, còn nguyên: đổi lại tên cũ nếu cần. Sau đó thử lại.',
  'office.error.downloadUnavailable':
    'Excel trên máy này (Mac hoặc iPad) không cho tải tệp từ ngăn bổ trợ. Hãy chèn mẫu vào một sổ mới rồi lưu sổ đó (Tệp → Lưu thành, dạng .xlsx), hoặc tải mẫu bằng Excel trên web hoặc Excel trên Windows, hoặc nhờ Sở Tài chính tạo tệp bằng lệnh chitieu templates.',
  hostInstead:
    'Vẫn làm được mà không cần ngăn này: cơ quan điền mẫu biểu .xlsx trong chính Excel này (mẫu do Sở Tài chính tạo bằng chương trình chitieu, lệnh chitieu templates, hoặc tải từ Excel trên web); Sở Tài chính kiểm tra và tổng hợp các tệp nhận về bằng lệnh chitieu validate và chitieu merge.',
  downloadOpened:
    'Đã mở mẫu trong một sổ Excel mới (cửa sổ đó có thể nằm phía sau cửa sổ này). Hãy lưu sổ mới với tên {file}.',
} as const;

/** A task-pane text key. */
export type UiKey = keyof typeof vi;

const en: Record<UiKey, string> = {
  appTitle: 'Socio-economic KPIs',
  connecting: 'Connecting to Excel…',
  loading: 'Loading…',
  tabsLabel: 'Functions',
  tabTemplate: 'Template',
  tabValidate: 'Check',
  tabConsolidate: 'Consolidate',
  switchLanguage: 'VI',
  switchLanguageLabel: 'Chuyển sang tiếng Việt',
  lazyFailed: 'Could not load the Consolidate part. Check the network connection and try again.',
  retry: 'Try again',
  dismiss: 'Close',
  cancel: 'Cancel',
  errorCode: 'Error code: {code}',
  errorTitle: 'Could not do that',
  doneTitle: 'Done',

  outsideTitle: 'Open the add-in from Excel',
  outsideBody:
    'This page is the task pane of the Excel add-in “Chỉ tiêu KT-XH” and only works inside Excel. Open Excel (desktop or Excel on the web) and choose Home → Chỉ tiêu KT-XH.',
  notExcelTitle: 'This add-in works in Excel only',
  notExcelBody:
    'The application that opened it is not Excel. Open an Excel workbook and choose Home → Chỉ tiêu KT-XH.',
  tooOldTitle: 'This version of Excel is too old',
  tooOldBody:
    'The add-in needs Excel 2019, Excel 2021, Excel 2024, Microsoft 365 or Excel on the web ({needed}); Excel 2016 is not enough. Update Excel, use Excel on the web, or use the chitieu program on a computer.',

  agencyLabel: 'Agency',
  agencyPlaceholder: 'Type an agency name or id',
  agencyNoMatch: 'No matching agency',
  agencyRequired: 'Choose an agency from the list.',
  periodLabel: 'Reporting month',
  periodOption: '{monthName} {year}',
  templateIntro:
    'Choose an agency and a month, then insert the template into the open workbook or download an .xlsx file to send to the agency.',
  templateContents: '{indicators} indicators, {tasks} tasks · due {due}',
  insertTemplate: 'Insert into the open workbook',
  downloadTemplate: 'Download .xlsx',
  inserting: 'Inserting the template…',
  downloading: 'Making the file…',
  inserted: 'Inserted the template of {agency} for {period} ({sheets} sheets).',
  insertedSkipped: 'This Excel lacks a few features ({features}); the template still works.',
  downloaded: 'Made the file {file}.',
  downloadFailed: 'Could not make the .xlsx file.',
  replaceTitle: 'Sheets with these names exist',
  replaceBody:
    'The open workbook already has: {names}. Replace them with the new template? Data on those sheets will be lost and Ctrl+Z cannot bring it back.',
  replaceConfirm: 'Replace',
  tableClash:
    'The workbook already has a table named {tables} on another sheet; rename or delete it and try again.',

  validateIntro:
    'Reads the open workbook and checks its figures against the plan. Click a problem to go to its cell.',
  validateButton: 'Check the open workbook',
  validating: 'Reading the workbook…',
  selecting: 'Selecting the cell…',
  colouring: 'Colouring…',
  validatedAt: 'Results of the check at {time}. After correcting figures, check again.',
  summaryHeading: 'Check results',
  summaryIdentity: '{agency} · {period}',
  summaryNoIdentity: 'No template found in this workbook.',
  countsLabel: 'Problems by severity',
  indicatorsHeading: 'Indicators ({count})',
  statusMet: 'Met',
  statusNear: 'Near',
  statusMissed: 'Missed',
  statusMissing: 'No figure yet',
  statusInvalid: 'Invalid',
  statusNotApplicable: 'Not applicable',
  tasksLine: 'Tasks: {done}/{total} done, {overdue} overdue',
  completenessLine: 'Filled {filled}/{required} required cells',
  onTime: 'Due {due}: on time',
  late: 'Due {due}: {days} days late',
  dateUnknown: 'Due {due}: no report date yet',
  noIssues: 'No problems. The report is ready to send.',
  issuesHeading: 'Problems ({count})',
  generalSheet: 'General',
  goToCell: 'Go to cell {cell} on sheet {sheet}: {message}',
  selectSheetMissing: 'The workbook no longer has a sheet “{sheet}”.',
  selectSheetHidden: 'Sheet “{sheet}” is hidden, so cell {cell} cannot be selected.',
  selectBadAddress: '“{cell}” is not a valid cell address.',
  highlightToggle: 'Colour problem cells',
  clearHighlights: 'Remove colours',
  highlighted: 'Coloured {count} problem cells.',
  highlightSkipped: '{count} cells could not be coloured (sheet protected or gone).',
  highlightTruncated: '{count} cells over the limit were not coloured.',
  cleared: 'Removed the colour from {count} cells.',

  consolidateIntro:
    'Choose the .xlsx files the agencies sent back (several at once). Each file is read on its own; a damaged file is rejected with the reason and the others are still consolidated.',
  filesLabel: 'Report files (.xlsx)',
  chooseFiles: 'Choose files…',
  noFilesChosen: 'No file chosen',
  filesChosen: '{count} files chosen',
  consolidatePeriodLabel: 'Month to consolidate',
  periodAuto: 'From the files',
  readingFiles: 'Reading the files…',
  fileQueued: 'Waiting',
  fileReading: 'Reading',
  fileRead: 'Read',
  fileFailed: 'Unreadable',
  filesProgress: 'Read {done}/{total} files',
  fileListLabel: 'File reading progress',
  noPeriod: 'The files do not tell the month; choose the month to consolidate.',
  consolidationHeading: 'Consolidation for {period}',
  fileCounts:
    '{total} files: {merged} merged, {superseded} superseded, {duplicate} duplicates, {otherPeriod} other month, {otherPlan} other plan, {rejected} rejected.',
  agencyCounts: '{expected} agencies must report: {submitted} did ({late} late), {missing} missing.',
  rowCounts: 'Data rows: read {read} = merged {merged} + rejected {rejected}.',
  lateHeading: 'Late',
  lateItem: '{agency}: {days} days late',
  missingHeading: 'Missing ({count})',
  notMergedHeading: 'Files not merged ({count})',
  fileStatusMerged: 'Merged',
  fileStatusSuperseded: 'Superseded',
  fileStatusDuplicate: 'Duplicate',
  fileStatusOtherPeriod: 'Other month',
  fileStatusOtherPlan: 'Other plan',
  fileStatusRejected: 'Rejected',
  writeConsolidation: 'Write into the open workbook',
  writing: 'Writing the consolidation…',
  written: 'Wrote {sheets} consolidation sheets into the open workbook ({rows} data rows, {months} months).',
  previousOtherPlan:
    'The open workbook holds a consolidation of plan “{found}”. Write into another workbook (nothing was written, no data lost).',
  previousBadRow:
    'Sheet “{sheet}” cell {cell} holds an invalid value “{found}” — correct it and write again (nothing was written, no data lost).',
  readerFailed: 'Could not read the file {file} in the browser.',
  chooseAgain: 'Choose files again',

  'office.error.accessDenied':
    'Excel does not allow this (the sheet or workbook is protected, or the workbook is read-only).',
  'office.error.alreadyExists': 'The workbook already has a sheet or table with that name.',
  'office.error.notFound': 'A sheet or range needed was not found (perhaps just deleted or renamed).',
  'office.error.invalidArgument': 'Excel refused the data sent (an invalid address or value).',
  'office.error.tooLarge': 'Too much data for one request to Excel.',
  'office.error.conflict':
    'The range is blocked (merged cells, a filter, a table or a PivotTable). Clear it and try again.',
  'office.error.cellEditMode': 'Excel is editing a cell. Press Enter or Esc, then try again.',
  'office.error.unsupported': 'This version of Excel does not support this operation.',
  'office.error.inactiveWorkbook':
    'The workbook is no longer the active one. Switch back to it and try again.',
  'office.error.busy': 'Excel is busy or not responding for now. Wait a moment and try again.',
  'office.error.general': 'Excel reported an error while doing this.',
  'office.error.internal':
    'An internal error of the add-in. Report it to the administrator with the error code.',
  'office.error.unknown':
    'Something unexpected went wrong. Try again; if it persists, tell the administrator.',
  'office.error.sheetTooLarge':
    'A sheet of the workbook has too large a used range to read (over 6 million cells), usually because of one value far away. Press Ctrl+End on each sheet to find it, delete the extra rows and columns, save, and try again.',
  'office.error.writeInterrupted':
    'Excel stopped part-way through the write and the workbook could not be tidied up. Sheets whose names start with “(tạm” may remain: they are half-written, delete them. Sheets whose names start with “(cũ” are your earlier data, intact: give them back their names if needed. Then try again.',
  'office.error.downloadUnavailable':
    'Excel on this device (Mac or iPad) does not let the add-in download files. Insert the template into a new workbook and save that (File → Save As, .xlsx), or download it from Excel on the web or on Windows, or ask the Finance Department to make the file with chitieu templates.',
  hostInstead:
    'The work can be done without this pane: agencies fill the .xlsx templates in this same Excel (made by the Finance Department with the chitieu program, command chitieu templates, or downloaded from Excel on the web); the Finance Department checks and consolidates the files it receives with chitieu validate and chitieu merge.',
  downloadOpened:
    'The template was opened in a new Excel workbook (its window may be behind this one). Save the new workbook as {file}.',
};

/** The task pane's texts by language. */
export const UI_TEXT: Record<Lang, Record<UiKey, string>> = { vi, en };

/** A task-pane text in a language, placeholders filled (numbers as given; format them first when needed). */
export function uiText(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) values[k] = String(v);
  return fill(UI_TEXT[lang][key], values);
}
