/** Kiểm tra's list as data: identical problems grouped with a count, the cap's note in its group, filters. */
import { countByCode, issue, type Issue } from '../../src/core/issues/issue';
import {
  filterGroups,
  groupIssues,
  isUnfiltered,
  issueSheets,
} from '../../src/taskpane/components/issueGroups';

const missing = (n: number): Issue[] =>
  Array.from({ length: n }, (_, i) =>
    issue('INPUT_MISSING', {
      sheet: 'Chỉ tiêu',
      cell: `F${i + 6}`,
      subject: `CT${i}`,
      expected: 'Thực hiện',
    }),
  );
const issues: Issue[] = [
  ...missing(3),
  issue('VALUE_NUMERIC_TEXT', {
    sheet: 'Chỉ tiêu',
    cell: 'F9',
    subject: 'CT12',
    found: '20,6',
    expected: 20.6,
  }),
  issue('TASK_OVERDUE', {
    sheet: 'Nhiệm vụ',
    cell: 'G7',
    subject: 'NV1',
    found: 'Đang thực hiện',
    expected: '30/06/2025',
  }),
  issue('REPORT_DATE_MISSING', { found: '01/07/2025' }),
];
const all = { severities: new Set(['error', 'warning', 'info'] as const), sheet: null, query: '' };

describe('issue groups', () => {
  const groups = groupIssues(issues, countByCode(issues), 'vi');

  it('puts identical problems in one group named by their kind, errors first', () => {
    expect(groups.map((g) => [g.code, g.title, g.total])).toEqual([
      ['INPUT_MISSING', 'Chưa nhập ô bắt buộc', 3],
      ['VALUE_NUMERIC_TEXT', 'Số nhập dạng chữ', 1],
      ['TASK_OVERDUE', 'Nhiệm vụ quá hạn', 1],
      ['REPORT_DATE_MISSING', 'Chưa ghi ngày báo cáo', 1],
    ]);
  });

  it('counts what the report counted when its list was cut, and keeps the note in that group', () => {
    const listed = [
      ...missing(2),
      issue('ISSUES_TRUNCATED', {
        subject: 'INPUT_MISSING',
        params: { code: 'INPUT_MISSING', shown: 2, total: 700, omitted: 698 },
      }),
    ];
    const [g] = groupIssues(listed, { INPUT_MISSING: 700, ISSUES_TRUNCATED: 1 }, 'vi');
    expect(g).toMatchObject({ code: 'INPUT_MISSING', total: 700 });
    expect(g?.items).toHaveLength(2);
    expect(g?.truncated?.text).toBe('Còn 698 vấn đề cùng loại không được liệt kê (đã liệt kê 2/700).');
  });

  it('filters by severity, by sheet and by typed text (marks and case aside)', () => {
    const codes = (f: Parameters<typeof filterGroups>[1]) => filterGroups(groups, f).map((g) => g.code);
    expect(codes({ ...all, severities: new Set(['warning']) })).toEqual([
      'VALUE_NUMERIC_TEXT',
      'TASK_OVERDUE',
    ]);
    expect(codes({ ...all, sheet: 'Nhiệm vụ' })).toEqual(['TASK_OVERDUE']);
    expect(codes({ ...all, sheet: '' })).toEqual(['REPORT_DATE_MISSING']);
    expect(codes({ ...all, query: 'DANG CHU' })).toEqual(['VALUE_NUMERIC_TEXT']);
    expect(codes({ ...all, query: 'khong co' })).toEqual([]);
    expect(codes({ ...all, query: 'ct12' })).toEqual(['VALUE_NUMERIC_TEXT']);
    expect(codes({ ...all, query: 'F7' })).toEqual(['INPUT_MISSING']);
    expect(filterGroups(groups, { ...all, query: 'F7' })[0]?.items).toHaveLength(1);
  });

  it('knows when nothing is filtered, and lists the sheets in order', () => {
    expect(isUnfiltered(all, ['error', 'warning', 'info'])).toBe(true);
    expect(isUnfiltered({ ...all, query: ' ' }, ['error'])).toBe(true);
    expect(isUnfiltered({ ...all, severities: new Set(['error']) }, ['error', 'warning'])).toBe(false);
    expect(issueSheets(issues)).toEqual(['Chỉ tiêu', 'Nhiệm vụ', '']);
  });
});
