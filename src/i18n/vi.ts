/** Vietnamese messages (the default language). Placeholders: {sheet} {cell} {subject} {found} {expected} {file} and params. */
import type { IssueCode } from '../core/issues/codes';

/** Issue messages by code. */
export const issuesVi: Record<IssueCode, string> = {
  FILE_NOT_FOUND: 'Không tìm thấy tệp hoặc không đọc được tệp ({reason}).',
  FILE_NOT_XLSX:
    'Tệp không phải là sổ Excel .xlsx (có thể là .xls cũ, .ods của LibreOffice, .csv hoặc tệp khác đổi đuôi). Hãy lưu lại dưới dạng "Excel Workbook (.xlsx)" (trong LibreOffice: "Excel 2007-365 (.xlsx)").',
  FILE_ENCRYPTED: 'Tệp được đặt mật khẩu mở (mã hóa). Hãy gỡ mật khẩu rồi gửi lại.',
  FILE_TOO_LARGE: 'Tệp quá lớn ({size}; tối đa {limit}).',
  FILE_TOO_MANY_ENTRIES:
    'Tệp chứa quá nhiều thành phần ({entries}; tối đa {limit}) — không phải một mẫu biểu bình thường.',
  FILE_ZIP_BOMB: 'Tệp nén bất thường: giải nén ra {inflated} (tỷ lệ {ratio}:1) — bị từ chối để bảo vệ máy.',
  FILE_DTD: 'Tệp chứa khai báo DTD trong XML ({part}) — không được phép vì lý do an toàn.',
  FILE_TOO_MANY_CELLS: 'Trang "{sheet}" có quá nhiều ô ({cells}; tối đa {limit}).',
  FILE_MERGE_TOO_LARGE: 'Trang "{sheet}" có vùng gộp ô quá lớn hoặc quá nhiều ({found}, giới hạn {limit}).',
  FILE_TIMEOUT: 'Đọc tệp quá {seconds} giây — tệp bị từ chối để không làm treo cả đợt.',
  FILE_OUT_OF_MEMORY: 'Đọc tệp cần quá nhiều bộ nhớ (giới hạn {limit}) — tệp bị từ chối.',
  FILE_CORRUPT:
    'Tệp .xlsx bị hỏng hoặc không đúng chuẩn — hãy mở bằng Excel, lưu lại rồi gửi lại (chi tiết kỹ thuật: {reason}).',
  FILE_CONTENT_TOO_LARGE:
    'Tệp chứa quá nhiều dữ liệu: giải nén ra {size} (tối đa {limit}). Hãy xóa các trang hoặc vùng không cần thiết rồi gửi lại.',

  STAMP_MISSING:
    'Sổ không có trang dấu mẫu biểu (_stamp): đây không phải mẫu biểu do hệ thống phát hành. Hãy nhập số liệu vào đúng mẫu biểu được phát hành cho kỳ này (tạo bằng "chitieu templates" hoặc mục "Mẫu biểu" của bổ trợ Excel) thay vì sao chép sang sổ mới.',
  SUBMISSION_IS_CONSOLIDATION: 'Đây là sổ tổng hợp, không phải báo cáo của cơ quan — bỏ qua.',
  STAMP_UNREADABLE: 'Trang dấu mẫu biểu bị hỏng: thiếu hoặc sai "{subject}" (thấy: {found}).',
  LAYOUT_UNSUPPORTED: 'Phiên bản bố cục mẫu biểu {found} không được hỗ trợ (hỗ trợ: {expected}).',
  PLAN_UNKNOWN: 'Mẫu biểu thuộc kế hoạch "{found}", không phải kế hoạch đang dùng "{expected}".',
  PLAN_VERSION_CHANGED:
    'Kế hoạch đã thay đổi sau khi phát hành mẫu biểu (mã {found}, hiện tại {expected}); số liệu được đánh giá theo kế hoạch hiện tại.',
  PLAN_AMENDED:
    'Mẫu biểu phát hành theo kế hoạch phiên bản {fromVersion}; kế hoạch đã được sửa đổi (phiên bản {toVersion}) — số liệu được đánh giá theo các giá trị đang có hiệu lực cho kỳ này.',
  TARGET_AMENDED:
    '{subject}: {field} đã sửa từ {found} thành {expected} (phiên bản {version}, căn cứ: {basis}); số liệu được đánh giá theo giá trị mới.',
  AGENCY_UNKNOWN: 'Cơ quan "{found}" trong dấu mẫu biểu không có trong kế hoạch.',
  AGENCY_NOT_IN_FORCE:
    '{subject} không thuộc danh sách báo cáo kỳ {found} (hoạt động {from} – {to}); báo cáo này không được đánh giá.',
  PERIOD_INVALID: 'Kỳ báo cáo "{found}" không hợp lệ hoặc ngoài năm kế hoạch {expected}.',
  SHEET_MISSING: 'Thiếu trang "{expected}" (có thể đã bị xóa hoặc đổi tên).',
  COLUMN_MISSING: 'Trang "{sheet}": không tìm thấy cột "{expected}" ở dòng tiêu đề.',
  ROW_MISSING: 'Thiếu dòng của {subject} (dòng có mã này đã bị xóa hoặc sửa mã).',
  ROW_DUPLICATE: 'Mã {subject} xuất hiện nhiều lần; dòng {cell} bị bỏ qua, dùng dòng đầu tiên ({expected}).',
  ROW_UNKNOWN: 'Dòng có mã "{found}" không thuộc mẫu biểu của cơ quan; số liệu dòng này không được tổng hợp.',
  ROW_WITHOUT_ID: 'Dòng {cell} có số liệu nhưng không có mã ở cột Mã; số liệu dòng này không được tổng hợp.',
  TARGET_TAMPERED:
    'Ô {cell} ({subject}): giá trị kế hoạch bị sửa thành {found}; kế hoạch giao là {expected} — đánh giá theo kế hoạch giao.',
  LOCKED_TEXT_CHANGED: 'Ô {cell} ({subject}): nội dung cố định bị sửa ("{found}", bản gốc: "{expected}").',
  MERGE_OVER_INPUT: 'Vùng gộp ô {cell} phủ lên ô nhập liệu; chỉ ô đầu tiên của vùng gộp được đọc.',

  VALUE_NOT_NUMBER: 'Ô {cell} ({subject}): "{found}" không phải là số.',
  VALUE_NUMERIC_TEXT:
    'Ô {cell} ({subject}): số được nhập dạng chữ "{found}", đã đọc là {expected}. Nên nhập lại dạng số.',
  VALUE_FRACTION_PERCENT:
    'Ô {cell} ({subject}): {found} có vẻ là phân số; đơn vị là %, có lẽ cần nhập {expected}.',
  VALUE_FRACTION_SLIP:
    'Ô {cell} ({subject}): {found} có lẽ là {expected} % bị nhập dạng phân số (đơn vị là điểm phần trăm; kế hoạch và số liệu cùng dòng đều ở cỡ đó). Hãy nhập {expected}; chỉ tiêu chưa được đánh giá cho đến khi sửa.',
  ESTIMATE_BELOW_ACTUAL:
    'Ô {cell} ({subject}): ước cả năm {found} thấp hơn số đã thực hiện lũy kế {expected} (ô {actualCell}) — ước cả năm không thể thấp hơn số đã đạt. Hãy kiểm tra lại; dự báo chưa được đánh giá cho đến khi sửa.',
  CUMULATIVE_DECREASED:
    'Ô {cell} ({subject}): số lũy kế {found} thấp hơn số đã báo cáo kỳ trước ({previousPeriod}) là {expected} — số lũy kế không thể giảm. Hãy kiểm tra lại; chỉ tiêu chưa được đánh giá cho đến khi sửa.',
  VALUE_NOT_DATE: 'Ô {cell} ({subject}): "{found}" không phải là ngày hợp lệ (nhập dạng ngày/tháng/năm).',
  VALUE_OUT_OF_RANGE: 'Ô {cell} ({subject}): {found} nằm ngoài khoảng cho phép {min} – {max}.',
  VALUE_BELOW_MIN: 'Ô {cell} ({subject}): {found} không hợp lệ — giá trị phải ≥ {min}.',
  VALUE_ABOVE_MAX: 'Ô {cell} ({subject}): {found} không hợp lệ — giá trị phải ≤ {max}.',
  VALUE_NUMBER_AMBIGUOUS:
    'Ô {cell} ({subject}): "{found}" có thể là số thập phân {decimal} hoặc số nguyên {thousands} — không đoán. Hãy nhập dạng số (không nhập dạng chữ), hoặc gõ không có dấu phân cách, ví dụ {thousands}.',
  VALUE_NOT_INTEGER: 'Ô {cell} ({subject}): {found} không phải số nguyên; ô này chỉ nhận số nguyên.',
  VALUE_PERCENT_FORMAT:
    'Ô {cell} ({subject}): ô định dạng phần trăm (Excel lưu {found}); đã đọc là {expected} điểm phần trăm.',
  DERIVED_OUT_OF_RANGE:
    'Các ô {cells} ({subject}): tỷ lệ tính từ các số liệu này là {found}%, nằm ngoài khoảng cho phép {min} – {max}. Hãy kiểm tra số liệu đã nhập.',
  FORMULA_ERROR: 'Ô {cell} ({subject}): công thức báo lỗi {found}.',
  FORMULA_NO_RESULT:
    'Ô {cell} ({subject}): có công thức {found} nhưng chưa có kết quả được lưu — không đọc là 0. Hãy mở bằng Excel, tính lại và lưu.',
  FORMULA_IN_INPUT:
    'Ô {cell} ({subject}): ô nhập liệu chứa công thức {found}; chỉ giá trị {expected} được dùng.',
  COMPUTED_NOT_RECALCULATED:
    'Ô {cell} ({subject}): ô tính toán chưa được tính lại khi lưu; hệ thống tự tính lại từ số liệu nhập.',
  COMPUTED_OVERWRITTEN: 'Ô {cell} ({subject}): công thức của mẫu biểu đã bị thay bằng giá trị "{found}".',
  DERIVED_MISMATCH:
    'Ô {cell} ({subject}): kết quả trong sổ là {found}, tính lại từ số liệu nhập được {expected}.',
  STATUS_MISMATCH:
    'Ô {cell} ({subject}): đánh giá trong sổ là "{found}", theo kế hoạch phải là "{expected}".',
  INPUT_MISSING: 'Ô {cell} ({subject}): chưa nhập "{expected}".',
  EXPLANATION_MISSING:
    'Ô {cell} ({subject}): chỉ tiêu được đánh giá "{found}" nhưng chưa có giải trình — hãy ghi nguyên nhân và giải pháp vào cột "Ghi chú, giải trình".',
  VALUE_TEXT_TOO_LONG:
    'Ô {cell} ({subject}): nội dung dài {found} ký tự, quá {limit} ký tự một ô Excel chứa được — bản tổng hợp chỉ giữ phần đầu. Hãy viết ngắn lại hoặc gửi phần còn lại kèm theo.',

  TASK_STATUS_INVALID: 'Ô {cell} ({subject}): trạng thái "{found}" không hợp lệ; chọn một trong: {expected}.',
  TASK_DONE_INCOMPLETE: 'Ô {cell} ({subject}): trạng thái "Hoàn thành" nhưng tiến độ chỉ {found}%.',
  TASK_FULL_NOT_DONE: 'Ô {cell} ({subject}): tiến độ 100% nhưng trạng thái là "{found}".',
  TASK_COMPLETION_DATE_MISSING:
    'Ô {cell} ({subject}): nhiệm vụ báo cáo đã hoàn thành nhưng chưa ghi ngày hoàn thành, trong khi thời hạn {expected} đã qua — chưa xác định được hoàn thành đúng hạn hay quá hạn.',
  TASK_COMPLETION_DATE_LATER:
    'Ô {cell} ({subject}): ngày hoàn thành {found} sau ngày chốt số liệu của kỳ ({expected}).',
  TASK_OVERDUE: 'Ô {cell} ({subject}): đã quá hạn {expected} nhưng trạng thái là "{found}".',
  TASK_PERCENT_OUT_OF_RANGE: 'Ô {cell} ({subject}): tiến độ {found}% nằm ngoài 0 – 100.',
  TASK_RESULT_MISSING: 'Ô {cell} ({subject}): nhiệm vụ "Hoàn thành" nhưng chưa ghi kết quả thực hiện.',
  TASK_NOT_STARTED_PROGRESS: 'Ô {cell} ({subject}): trạng thái "Chưa triển khai" nhưng tiến độ đã {found}%.',

  SUBMISSION_LATE:
    'Nộp muộn {days} ngày: Sở Tài chính nhận ngày {found} ({receivedSource}); hạn nộp {expected}.',
  REPORT_DATE_MISSING: 'Chưa ghi ngày báo cáo ở trang "Hướng dẫn".',
  REPORT_DATE_INVALID: 'Ô {cell}: ngày báo cáo "{found}" không hợp lệ.',
  REPORT_DATE_EARLY:
    'Ô {cell}: ngày báo cáo {found} trước ngày kết thúc kỳ số liệu {expected} — có thể nhập nhầm; hãy kiểm tra lại.',
  REPORT_DATE_FAR_FROM_RECEIVED:
    'Ngày báo cáo ghi trong tệp ({found}) cách ngày Sở Tài chính nhận ({expected}) {days} ngày.',
  SUBMISSION_DATE_UNKNOWN: 'Không xác định được ngày nộp (không có ngày báo cáo, không có ngày lưu tệp).',

  SUBMISSION_DUPLICATE: 'Tệp trùng nội dung với "{expected}" (cùng mã SHA-256) — chỉ tính một lần.',
  SUBMISSION_SUPERSEDED:
    'Tệp bị thay thế bởi tệp "{expected}" của cùng cơ quan và kỳ, vì tệp đó được lưu sau ({winnerDate}; tệp này: {ownDate}; giờ Việt Nam).',
  SUBMISSION_SUPERSEDED_REPORT_DATE:
    'Tệp bị thay thế bởi tệp "{expected}" của cùng cơ quan và kỳ: cùng thời điểm lưu ({savedAt}) nhưng tệp đó ghi ngày báo cáo muộn hơn ({winnerDate}; tệp này: {ownDate}).',
  SUBMISSION_SAME_TIME_CONFLICT:
    'Tệp này và tệp "{expected}" của cùng cơ quan và kỳ có cùng thời điểm lưu ({savedAt}) và cùng ngày báo cáo ({reportDate}) nhưng nội dung khác nhau; đã dùng "{expected}" (chọn theo tên tệp xếp sau). Hãy kiểm tra tệp nào đúng.',
  SUBMISSION_OTHER_PERIOD: 'Tệp là báo cáo kỳ {found}, không phải kỳ {expected} — không tổng hợp.',
  SUBMISSION_OTHER_PLAN: 'Tệp thuộc kế hoạch "{found}", không phải "{expected}" — không tổng hợp.',
  SUBMISSION_NOT_TEMPLATE: 'Tệp không phải mẫu biểu hợp lệ — không tổng hợp.',
  SUBMISSION_MISSING: '{subject} chưa nộp báo cáo kỳ {expected}.',

  ISSUES_TRUNCATED: 'Còn {omitted} vấn đề mã {code} không liệt kê (đã liệt kê {shown}/{total}).',

  // Authenticity (docs/seal.md).
  SEAL_MISSING:
    'Mẫu biểu không có mã xác thực của Sở Tài chính, nên không xác nhận được đây là mẫu biểu phát hành cho {agency} (mẫu được tạo trước khi Sở dùng mã xác thực hoặc bằng công cụ không có khóa, hoặc mã đã bị xóa). Tệp không được kiểm tra tiếp và không được tổng hợp. Nếu đây là mẫu biểu phát hành trước khi dùng mã xác thực, hãy xác nhận với cơ quan rồi kiểm tra lại không dùng khóa, hoặc đề nghị cơ quan nhập số liệu vào mẫu biểu mới.',
  SEAL_INVALID:
    'Mã xác thực của mẫu biểu không khớp với thông tin nhận dạng của nó: cơ quan, kỳ báo cáo, kế hoạch hoặc chỉ tiêu giao ghi ẩn trong mẫu biểu đã bị sửa, hoặc mẫu biểu không do Sở Tài chính phát hành. Không xác nhận được đây là báo cáo của {agency}; tệp không được kiểm tra tiếp và không được tổng hợp.',
  SEAL_OTHER_KEY:
    'Mã xác thực của mẫu biểu được tạo bằng một khóa khác (mã khóa {found}), không phải khóa đang dùng (mã khóa {expected}). Nếu Sở đã đổi khóa, hãy kiểm tra tệp bằng khóa cũ; nếu không, mẫu biểu không do Sở Tài chính phát hành. Chưa xác nhận được đây là báo cáo của {agency}; tệp không được kiểm tra tiếp và không được tổng hợp.',
  AGENCY_NAME_MISMATCH:
    'Trang "{sheet}" ô {cell} ghi cơ quan "{found}", nhưng mẫu biểu được phát hành cho {expected} (theo thông tin nhận dạng ghi ẩn trong mẫu biểu). Không rõ đây là báo cáo của cơ quan nào nên tệp không được kiểm tra tiếp và không được tổng hợp. Hãy dùng đúng mẫu biểu phát hành cho cơ quan mình.',
  AGENCY_CODE_MISMATCH:
    'Trang "{sheet}" ô {cell} ghi mã cơ quan "{found}", nhưng mẫu biểu được phát hành cho {agency} (mã {expected}, theo thông tin nhận dạng ghi ẩn trong mẫu biểu). Không rõ đây là báo cáo của cơ quan nào nên tệp không được kiểm tra tiếp và không được tổng hợp. Hãy dùng đúng mẫu biểu phát hành cho cơ quan mình.',
  AGENCY_FILE_NAME_MISMATCH:
    'Tên tệp "{fileName}" mang mã cơ quan "{found}", nhưng mẫu biểu bên trong được phát hành cho {agency} (mã {expected}). Hãy kiểm tra đây có đúng là báo cáo của {agency} không: có thể một cơ quan đã điền nhầm mẫu biểu của cơ quan khác.',
};

/** Messages for plan problems by code (zod codes and cross-reference codes). */
export const planProblemsVi: Record<string, string> = {
  invalid_type: 'sai kiểu dữ liệu (cần {expected})',
  too_small: 'quá nhỏ hoặc thiếu (tối thiểu {minimum})',
  too_big: 'quá lớn (tối đa {maximum})',
  invalid_format: 'sai định dạng ({format})',
  invalid_value: 'giá trị không hợp lệ (chọn một trong: {values})',
  invalid_union: 'không khớp dạng nào được phép',
  unrecognized_keys: 'có trường không được phép: {keys}',
  custom: '{message}',
  lead_not_reporting: 'tổng hợp "lead" cần cơ quan chủ trì "{id}" nằm trong danh sách báo cáo',
  duplicate_id: 'mã "{id}" bị trùng',
  unknown_agency: 'cơ quan "{id}" không có trong danh sách cơ quan',
  unknown_kind: 'loại cơ quan "{kind}" không hợp lệ (chọn: {values})',
  unknown_input: 'công thức dùng đầu vào "{id}" không được khai báo',
  input_unused:
    'đầu vào "{id}" không được công thức "{kind}" dùng đến (mỗi đầu vào phải có vai trò trong công thức)',
  input_read_twice: 'công thức dùng đầu vào "{id}" hai lần',
  formula_gives_percent:
    'công thức này cho kết quả là tỷ lệ %: chỉ tiêu phải có measure "percent" (đang là {measure})',
  formula_gives_amount:
    'công thức "{kind}" cho kết quả theo đơn vị của các đầu vào, không phải tỷ lệ %: measure không thể là "percent"',
  unit_dates_reversed: 'ngày bắt đầu {from} sau ngày kết thúc {to}',
  unit_replaces_itself: 'đơn vị "{id}" không thể thay cho chính nó',
  unit_needs_end:
    '{earlierName} (mã {id}) được thay bởi {laterName} (mã {successor}) nên phải có ngày kết thúc hoạt động',
  unit_needs_start:
    '{laterName} (mã {id}) thay cho {earlierName} (mã {predecessor}) nên phải có ngày bắt đầu hoạt động',
  unit_dates_overlap:
    '{laterName} (mã {id}) bắt đầu {from} trong khi đơn vị trước đó, {earlierName} (mã {predecessor}), còn hoạt động đến {to}: cùng địa bàn bị báo cáo hai lần',
  unit_dates_gap:
    '{laterName} (mã {id}) bắt đầu {from} nhưng đơn vị trước đó, {earlierName} (mã {predecessor}), kết thúc {to}: {days} ngày không có đơn vị nào báo cáo',
  locality_ends_unreplaced:
    '{name} (mã {id}) kết thúc {to} mà không có đơn vị thay thế: địa bàn không còn ai báo cáo',
  locality_starts_unreplacing:
    '{name} (mã {id}) bắt đầu {from} mà không thay cho đơn vị nào: trước đó địa bàn không có ai báo cáo',
  unknown_source: 'nguồn "{id}" không có trong danh sách nguồn',
  unknown_indicator: 'chỉ tiêu "{id}" không có trong kế hoạch',
  amendment_version: 'sửa đổi thứ tự này phải là phiên bản {expected} (đang ghi {found})',
  amendment_date_earlier: 'ngày hiệu lực {date} sớm hơn ngày của lần sửa đổi trước',
  amendment_rows_disagree:
    'các dòng của phiên bản {version} phải cùng ngày hiệu lực và căn cứ ("{found}" khác "{expected}")',
  inputs_without_formula: 'có đầu vào nhưng không có công thức',
  ratio_needs_formula: 'tổng hợp "ratioOfSums" cần chỉ tiêu có công thức',
  sum_of_percent: 'không thể cộng các tỷ lệ % (dùng "ratioOfSums" hoặc "lead")',
  min_above_max: 'giới hạn dưới {min} lớn hơn giới hạn trên {max}',
  target_outside_range: 'mục tiêu {target} nằm ngoài giới hạn cho phép',
  milestone_outside_year: 'mốc {date} phải nằm trong năm {year} và trước 31/12',
  milestones_not_increasing: 'các mốc phải theo thứ tự ngày tăng dần ({date})',
  date_outside_year: 'ngày {date} không thuộc năm {year}',
  due_before_window_end: 'hạn nộp ngày {dueDay} sớm hơn ngày chốt số liệu {windowEndDay}',
  json_syntax: 'tệp không phải JSON hợp lệ: {message}',
  sheet_missing: 'thiếu trang "{sheet}"',
  column_missing: 'thiếu cột "{column}"',
  unknown_parent: 'mã "{id}" không có ở trang chính (chỉ tiêu hoặc nhiệm vụ)',
  cell_invalid: 'giá trị "{found}" không hợp lệ ({expected})',
};
