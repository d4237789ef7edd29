/** Text the CLI prints, by key, in Vietnamese and English. Placeholders as {name}. */
import { fill, formatNumber, type Lang } from './index';

const vi = {
  fileNotFound: 'không tìm thấy "{path}"',
  receivedBad:
    '--received "{value}": không đọc được ngày — viết ngày/tháng/năm cho mọi tệp (16/07/2025), hoặc tên-tệp=ngày cho một tệp',
  receivedUnknownFile: '--received: tệp "{file}" không có trong các tệp đang kiểm tra (không có gì được ghi)',
  receiptLog_noHeader:
    'sổ theo dõi nhận báo cáo "{file}", dòng {line}: không thấy cột "Tệp" và cột "Ngày nhận" ở dòng tiêu đề (thấy: {found})',
  receiptLog_badDate:
    'sổ theo dõi nhận báo cáo "{file}", dòng {line}: ngày nhận "{found}" không hợp lệ (và {more} dòng lỗi khác)',
  receiptLog_noFile:
    'sổ theo dõi nhận báo cáo "{file}", dòng {line}: thiếu tên tệp (và {more} dòng lỗi khác)',
  receiptLog_duplicate:
    'sổ theo dõi nhận báo cáo "{file}", dòng {line}: tệp "{found}" được ghi hai lần với hai ngày nhận khác nhau (và {more} dòng lỗi khác)',
  noInputs: 'không có tệp .xlsx nào trong: {inputs}{skipped}',
  inputsSkipped: 'Không đọc (không phải sổ tính .xlsx/.xls/.ods/.csv, hoặc là thư mục con): {list}',
  notADirectory: '"{path}" không phải là thư mục',
  isADirectory: '"{path}" là một thư mục; hãy cho tên tệp',
  readDenied: 'không có quyền đọc "{path}"',
  writeDenied:
    'không ghi được "{path}": không có quyền ghi, hoặc tệp đang mở trong chương trình khác (như Excel) — hãy đóng tệp hoặc chọn nơi ghi khác rồi chạy lại',
  diskFull: 'không ghi được "{path}": ổ đĩa đã đầy',
  folderDenied: 'không tạo được thư mục "{path}": không có quyền ghi ở đó — hãy chọn thư mục khác',
  badPath:
    'đường dẫn "{path}" không dùng được ({code}): một thư mục trên đường dẫn là tệp, hoặc tên quá dài/có ký tự không hợp lệ',
  readFailed: 'không đọc được "{path}" ({code})',
  writeFailed: 'không ghi được "{path}" ({code})',
  planUnreadable: 'không đọc được tệp kế hoạch "{file}" ({reason})',
  planInvalid:
    'kế hoạch "{file}" không hợp lệ: {problems}{more} — chạy "chitieu plan check {file}" để xem đủ',
  badPeriod: 'kỳ báo cáo "{given}" không hợp lệ (dạng YYYY-MM trong năm kế hoạch); chọn một trong: {choices}',
  unknownAgency: 'không có cơ quan "{given}"; các mã hợp lệ: {choices}',
  agencyNotInForce:
    'cơ quan "{given}" không báo cáo kỳ {period} (hoạt động từ {from} đến {to}); các cơ quan của kỳ này: {choices}',
  badLang: 'ngôn ngữ "{given}" không hỗ trợ; chọn vi hoặc en',
  usage: '{message} (xem "chitieu {command} --help")',
  internal: 'lỗi nội bộ của chương trình ({message}). Hãy báo cho người quản trị kèm lệnh đã chạy.',
  templatesWritten: 'Đã ghi {count} mẫu biểu kỳ {period} vào {dir} ({seconds} giây).',
  templatesKept:
    'Giữ nguyên {count} tệp đã có (có thể là báo cáo đã điền; dùng --overwrite để ghi đè): {list}',
  planOk:
    '{file}: kế hoạch hợp lệ — {agencies} cơ quan, {indicators} chỉ tiêu, {tasks} nhiệm vụ; mã nội dung {hash}.',
  planProblems: '{file}: {count} lỗi',
  planExported: 'Đã xuất kế hoạch ra {file} ({sheets} trang).',
  planImported: 'Đã nhập kế hoạch từ {from} và ghi {file}; mã nội dung {hash}.',
  fileSummary:
    '{file}: {agency} — kỳ {period} — {errors} lỗi, {warnings} cảnh báo, {infos} thông tin; đầy đủ {complete}%; {timeliness}.',
  fileSummaryUnknown: '{file}: {errors} lỗi, {warnings} cảnh báo.',
  onTime: 'đúng hạn',
  late: 'muộn {days} ngày',
  dateUnknown: 'chưa rõ ngày nộp',
  statusLine:
    '  Tiến độ: {met} đạt, {near} gần đạt, {missed} chưa đạt, {notDue} chưa đến mốc, {other} chưa đánh giá. Dự báo cả năm: {likely} ước đạt, {likelyNear} ước gần đạt, {unlikely} khó đạt, {noForecast} chưa đánh giá.',
  verdictHeading: '  [Đánh giá từng chỉ tiêu]',
  indicatorVerdict: '    {id} {name}: tiến độ {progress}; dự báo {forecast}.',
  sheetHeading: '  [{sheet}]',
  generalHeading: '  [Chung]',
  moreOfCode: '    … và {count} vấn đề khác mã {code}',
  mergeSummary:
    'Tổng hợp kỳ {period}: {files} tệp — {merged} tổng hợp, {superseded} bị thay thế, {duplicate} trùng, {otherPeriod} khác kỳ, {otherPlan} khác kế hoạch, {rejected} bị từ chối.',
  mergeAgencies: 'Cơ quan: phải nộp {expected}, đã nộp {submitted} (muộn {late}), chưa nộp {missing}.',
  mergeMissing: 'Chưa nộp: {list}',
  mergeRows: 'Dòng số liệu: đọc {read} = tổng hợp {merged} + loại {rejected}.',
  mergeWritten: 'Sổ tổng hợp: {file}',
  mergeCsv: 'Dữ liệu CSV: {file}',
  mergeProgress: 'Đang đọc {done}/{total}: {file}',
  mergeNoPeriod: 'không xác định được kỳ báo cáo từ các tệp; hãy dùng --period YYYY-MM',
  outSameAsCsv: 'sổ tổng hợp và tệp CSV cùng một đường dẫn "{file}" — hãy cho --csv một tên khác',
  outIsInput:
    'không ghi đè "{file}": đó là một tệp báo cáo đang được tổng hợp — hãy chọn tên khác cho --out/--csv (không có gì bị ghi)',
  outNotConsolidation:
    'không ghi đè "{file}": tệp đã có và không phải sổ tổng hợp — hãy chọn tên khác cho --out hoặc di chuyển tệp đó (không có gì bị ghi)',
  intoUnreadable: 'không thể gộp vào "{file}": {reason}',
  intoNotConsolidation: 'không thể gộp vào "{file}": tệp không phải sổ tổng hợp do chương trình này tạo',
  intoOtherPlan: 'không thể gộp vào "{file}": sổ tổng hợp thuộc kế hoạch "{found}"',
  intoBadRow:
    'không thể gộp vào "{file}": trang "{sheet}" ô {cell} có giá trị "{found}" không hợp lệ — sửa lại rồi chạy lại (chưa ghi gì nên không mất dữ liệu)',
  demoStart: 'Chạy thử trên {plan}, kỳ {period}, thư mục {dir}',
  demoPlanBuiltIn: 'kế hoạch có sẵn “{title}”',
  demoPlanFile: 'kế hoạch “{title}” trong tệp {file}',
  demoHistory:
    '   Tháng trước ({period}): {count} tệp trong {dir} đã được tổng hợp trước, làm số liệu so sánh',
  demoTemplates: '1. Đã tạo {count} mẫu biểu trong {dir}',
  demoFilled: '2. Các cơ quan điền và nộp {count} tệp{facts} trong {dir}',
  demoFactDamaged: '{count} tệp hỏng',
  demoFactOtherPeriod: '{count} tệp của tháng khác',
  demoFactResent: '{count} cơ quan nộp lại',
  demoFactLate: '{count} cơ quan nộp muộn',
  demoFactLateOnDueDay: 'trong đó {count} cơ quan nộp đúng ngày {date}',
  demoFactMissing: '{count} cơ quan chưa nộp',
  demoValidated: '3. Kiểm tra: {clean} tệp sạch, {withErrors} tệp có lỗi, {unreadable} tệp không đọc được',
  demoMerged:
    '4. Tổng hợp: {merged} cơ quan. Chỉ tiêu toàn tỉnh — tiến độ: {met} đạt, {near} gần đạt, {missed} chưa đạt, {notDue} chưa đến mốc, {none} chưa đánh giá; dự báo cả năm: {likely} ước đạt, {likelyNear} ước gần đạt, {unlikely} khó đạt, {noForecast} chưa đánh giá. Nhiệm vụ: {doneOnTime} hoàn thành đúng hạn, {doneLate} hoàn thành quá hạn, {inProgress} đang trong hạn, {overdue} quá hạn chưa hoàn thành.',
  demoDone: 'Sổ tổng hợp: {file}',
  demoReport: '5. Dự thảo báo cáo tháng: {file}',
  reportUnreadable: 'không viết được báo cáo từ "{file}": {reason}',
  reportNotConsolidation:
    'không viết được báo cáo từ "{file}": tệp không phải sổ tổng hợp do chương trình này tạo (lập sổ bằng "chitieu merge")',
  reportOtherPlan:
    'không viết được báo cáo từ "{file}": sổ tổng hợp thuộc kế hoạch "{found}" — dùng --plan với tệp kế hoạch đó',
  reportBadRow:
    'không viết được báo cáo từ "{file}": trang "{sheet}" ô {cell} có giá trị "{found}" không hợp lệ',
  reportNoPeriod:
    'sổ tổng hợp "{file}" không có số liệu tổng hợp kỳ {period} (các kỳ có trong sổ: {periods}) — tổng hợp kỳ đó vào sổ trước (chitieu merge … --period {period} --into "{file}")',
  reportNoRecord:
    'sổ tổng hợp "{file}" có số liệu kỳ {period} nhưng được lập trước khi chương trình lưu dữ liệu cho báo cáo — hãy tổng hợp lại kỳ đó vào sổ (chitieu merge … --period {period} --into "{file}") rồi chạy lại',
  reportIsInput:
    'không ghi "{file}": đó là sổ tổng hợp đang đọc — hãy chọn tên khác cho --out (không có gì bị ghi)',
  reportNotDocx: '--out "{file}": tệp báo cáo phải có đuôi .docx',
  reportExists:
    'không ghi đè "{file}": tệp đã có (có thể là bản dự thảo đã sửa) — dùng --overwrite hoặc chọn tên khác cho --out (không có gì bị ghi)',
  reportPlanChanged:
    'Lưu ý: kế hoạch đã thay đổi sau khi tổng hợp kỳ {period}; tên chỉ tiêu, nhiệm vụ và kế hoạch năm trong báo cáo theo kế hoạch hiện dùng, các đánh giá theo lần tổng hợp.',
  reportWritten: 'Dự thảo báo cáo kỳ {period}: {file}',
  sealKeyEnvTooShort:
    'khóa xác thực trong biến môi trường {name} quá ngắn: cần ít nhất {min} ký tự (nên dùng một chuỗi ngẫu nhiên dài, ví dụ tạo bằng "openssl rand -base64 32")',
  sealKeyFileTooShort:
    'khóa xác thực trong tệp "{file}" quá ngắn: cần ít nhất {min} ký tự (nên dùng một chuỗi ngẫu nhiên dài, ví dụ tạo bằng "openssl rand -base64 32")',
  sealSealing: 'Mẫu biểu mang mã xác thực của Sở Tài chính (khóa mã {keyId}).',
  sealChecking:
    'Kiểm tra mã xác thực bằng khóa mã {keyId}: tệp không có mã xác thực hợp lệ không được kiểm tra tiếp và không được tổng hợp.',
} as const;

/** A CLI message key. */
export type CliKey = keyof typeof vi;

const en: Record<CliKey, string> = {
  fileNotFound: '"{path}" not found',
  receivedBad:
    '--received "{value}": not a date — give day/month/year for every file (16/07/2025), or file-name=date for one file',
  receivedUnknownFile: '--received: "{file}" is not among the files being checked (nothing was written)',
  receiptLog_noHeader:
    'receipt log "{file}", line {line}: no "Tệp" and "Ngày nhận" columns in the header row (found: {found})',
  receiptLog_badDate:
    'receipt log "{file}", line {line}: received date "{found}" is not a date (and {more} more lines with problems)',
  receiptLog_noFile: 'receipt log "{file}", line {line}: no file name (and {more} more lines with problems)',
  receiptLog_duplicate:
    'receipt log "{file}", line {line}: "{found}" is logged twice with different dates (and {more} more lines with problems)',
  noInputs: 'no .xlsx files in: {inputs}{skipped}',
  inputsSkipped: 'Not read (not a .xlsx/.xls/.ods/.csv spreadsheet, or a subfolder): {list}',
  notADirectory: '"{path}" is not a folder',
  isADirectory: '"{path}" is a folder; give a file name',
  readDenied: 'no permission to read "{path}"',
  writeDenied:
    'cannot write "{path}": no permission, or the file is open in another program (such as Excel) — close it or choose another place and run again',
  diskFull: 'cannot write "{path}": the disk is full',
  folderDenied: 'cannot create folder "{path}": no permission to write there — choose another folder',
  badPath:
    'path "{path}" cannot be used ({code}): a folder on the path is a file, or the name is too long or has invalid characters',
  readFailed: 'cannot read "{path}" ({code})',
  writeFailed: 'cannot write "{path}" ({code})',
  planUnreadable: 'cannot read plan file "{file}" ({reason})',
  planInvalid: 'plan "{file}" is invalid: {problems}{more} — run "chitieu plan check {file}" for all of it',
  badPeriod: 'reporting period "{given}" is invalid (YYYY-MM within the plan year); choose one of: {choices}',
  unknownAgency: 'no agency "{given}"; valid ids: {choices}',
  agencyNotInForce:
    'agency "{given}" does not report for {period} (in force {from} to {to}); the agencies of this month: {choices}',
  badLang: 'language "{given}" is not supported; choose vi or en',
  usage: '{message} (see "chitieu {command} --help")',
  internal: 'internal error ({message}). Please report it with the command you ran.',
  templatesWritten: 'Wrote {count} templates for {period} to {dir} ({seconds} s).',
  templatesKept:
    'Kept {count} existing files (they may be filled reports; use --overwrite to replace them): {list}',
  planOk:
    '{file}: valid plan — {agencies} agencies, {indicators} indicators, {tasks} tasks; content hash {hash}.',
  planProblems: '{file}: {count} error(s)',
  planExported: 'Exported the plan to {file} ({sheets} sheets).',
  planImported: 'Imported the plan from {from} and wrote {file}; content hash {hash}.',
  fileSummary:
    '{file}: {agency} — period {period} — errors: {errors}, warnings: {warnings}, notes: {infos}; {complete}% complete; {timeliness}.',
  fileSummaryUnknown: '{file}: errors: {errors}, warnings: {warnings}.',
  onTime: 'on time',
  late: '{days} day(s) late',
  dateUnknown: 'submission date unknown',
  statusLine:
    '  Progress: {met} met, {near} near, {missed} missed, {notDue} not due yet, {other} not judged. Year-end forecast: {likely} likely met, {likelyNear} likely near, {unlikely} unlikely, {noForecast} not judged.',
  verdictHeading: '  [Each indicator]',
  indicatorVerdict: '    {id} {name}: progress {progress}; forecast {forecast}.',
  sheetHeading: '  [{sheet}]',
  generalHeading: '  [General]',
  moreOfCode: '    … and {count} more with code {code}',
  mergeSummary:
    'Consolidation {period}: {files} files — {merged} merged, {superseded} superseded, {duplicate} duplicates, {otherPeriod} other period, {otherPlan} other plan, {rejected} rejected.',
  mergeAgencies: 'Agencies: expected {expected}, submitted {submitted} (late {late}), missing {missing}.',
  mergeMissing: 'Missing: {list}',
  mergeRows: 'Data rows: read {read} = merged {merged} + rejected {rejected}.',
  mergeWritten: 'Consolidated workbook: {file}',
  mergeCsv: 'CSV data: {file}',
  mergeProgress: 'Reading {done}/{total}: {file}',
  mergeNoPeriod: 'cannot tell the reporting period from the files; use --period YYYY-MM',
  outSameAsCsv: 'the workbook and the CSV have the same path "{file}" — give --csv another name',
  outIsInput:
    'will not overwrite "{file}": it is one of the reports being merged — choose another name for --out/--csv (nothing was written)',
  outNotConsolidation:
    'will not overwrite "{file}": the file exists and is not a consolidated workbook — choose another name for --out or move that file (nothing was written)',
  intoUnreadable: 'cannot merge into "{file}": {reason}',
  intoNotConsolidation: 'cannot merge into "{file}": it is not a consolidated workbook made by this program',
  intoOtherPlan: 'cannot merge into "{file}": the consolidated workbook belongs to plan "{found}"',
  intoBadRow:
    'cannot merge into "{file}": sheet "{sheet}" cell {cell} holds an invalid value "{found}" — fix it and run again (nothing was written, so no data is lost)',
  demoStart: 'Demo on {plan}, period {period}, folder {dir}',
  demoPlanBuiltIn: 'the built-in plan “{title}”',
  demoPlanFile: 'the plan “{title}” in {file}',
  demoHistory: '   The month before ({period}): {count} files in {dir} consolidated first, for comparison',
  demoTemplates: '1. Wrote {count} templates to {dir}',
  demoFilled: '2. Agencies filled and sent {count} files{facts} in {dir}',
  demoFactDamaged: '{count} damaged',
  demoFactOtherPeriod: '{count} of another month',
  demoFactResent: '{count} sent again',
  demoFactLate: '{count} late',
  demoFactLateOnDueDay: 'of them {count} on {date}',
  demoFactMissing: '{count} not sent',
  demoValidated: '3. Validation: {clean} clean files, {withErrors} with errors, {unreadable} unreadable',
  demoMerged:
    '4. Consolidation: {merged} agencies. Province indicators — progress: {met} met, {near} near, {missed} missed, {notDue} not due yet, {none} not judged; year-end forecast: {likely} likely met, {likelyNear} likely near, {unlikely} unlikely, {noForecast} not judged. Tasks: {doneOnTime} completed on time, {doneLate} completed late, {inProgress} within deadline, {overdue} past deadline.',
  demoDone: 'Consolidated workbook: {file}',
  demoReport: '5. Draft monthly report: {file}',
  reportUnreadable: 'cannot draft the report from "{file}": {reason}',
  reportNotConsolidation:
    'cannot draft the report from "{file}": it is not a consolidated workbook made by this program (make one with "chitieu merge")',
  reportOtherPlan:
    'cannot draft the report from "{file}": the consolidated workbook belongs to plan "{found}" — use --plan with that plan file',
  reportBadRow:
    'cannot draft the report from "{file}": sheet "{sheet}" cell {cell} holds an invalid value "{found}"',
  reportNoPeriod:
    'the consolidated workbook "{file}" has no consolidation of {period} (months in it: {periods}) — merge that month into it first (chitieu merge … --period {period} --into "{file}")',
  reportNoRecord:
    'the consolidated workbook "{file}" has data for {period} but was made before the program kept what a report needs — merge that month into it again (chitieu merge … --period {period} --into "{file}") and run again',
  reportIsInput:
    'will not write "{file}": it is the consolidated workbook being read — choose another name for --out (nothing was written)',
  reportNotDocx: '--out "{file}": the report file must end in .docx',
  reportExists:
    'will not overwrite "{file}": the file exists (it may be an edited draft) — use --overwrite or another name for --out (nothing was written)',
  reportPlanChanged:
    'Note: the plan changed after {period} was consolidated; names, tasks and annual targets in the report are from the plan in use, the verdicts from the consolidation.',
  reportWritten: 'Draft report for {period}: {file}',
  sealKeyEnvTooShort:
    'the sealing key in the environment variable {name} is too short: it needs at least {min} characters (use a long random string, made for example with "openssl rand -base64 32")',
  sealKeyFileTooShort:
    'the sealing key in the file "{file}" is too short: it needs at least {min} characters (use a long random string, made for example with "openssl rand -base64 32")',
  sealSealing: 'The templates carry the Department of Finance’s authentication code (key id {keyId}).',
  sealChecking:
    'Checking authentication codes with key id {keyId}: a file without a valid code is not checked further and not merged.',
};

const CLI_MESSAGES: Record<Lang, Record<CliKey, string>> = { vi, en };

/** A CLI message in a language, placeholders filled (numbers written the language's way). */
export function cliText(lang: Lang, key: CliKey, params: Record<string, string | number> = {}): string {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(params))
    values[k] = typeof v === 'number' ? formatNumber(v, lang, 2) : v;
  return fill(CLI_MESSAGES[lang][key], values);
}

/** Commander's own error lines (it prints English) rendered in Vietnamese; other languages pass them through. */
const COMMANDER_VI: [RegExp, string][] = [
  [/^error: unknown option '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/, "lỗi: không có tùy chọn '$1'$2"],
  [/^error: required option '([^']+)' not specified/, "lỗi: thiếu tùy chọn bắt buộc '$1'"],
  [/^error: missing required argument '([^']+)'/, "lỗi: thiếu tham số bắt buộc '$1'"],
  [/^error: unknown command '([^']+)'/, "lỗi: không có lệnh '$1'"],
  [/^error: too many arguments.*/, 'lỗi: thừa tham số'],
  [/^error: option '([^']+)' argument missing/, "lỗi: tùy chọn '$1' thiếu giá trị"],
];

/** Translates one commander error line for the language (unknown lines are returned as they are). */
export function commanderError(line: string, lang: Lang): string {
  if (lang !== 'vi') return line;
  for (const [pattern, replacement] of COMMANDER_VI) {
    if (pattern.test(line)) {
      return line.replace(pattern, (...m: string[]) =>
        replacement.replace('$1', m[1] ?? '').replace('$2', m[2] ? ` (có phải ý bạn là ${m[2]}?)` : ''),
      );
    }
  }
  return line;
}
