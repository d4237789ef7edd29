/** Rule: a task past its final deadline is done, and the deadline shown is the one issued. */
import { issue, type Issue } from '../../../issues/issue';
import { cellText } from '../../../snapshot/cells';
import type { SnapshotCell } from '../../../snapshot/types';
import { formatDateVi, serialToIso } from '../../../text/dates';
import type { TaskRow } from '../../tasks/row';
import type { CellRef } from '../../values';
import type { Rule } from '../rule';

/** Overdue (warning) when the final deadline passed before the data window ended; a changed deadline is tampering. */
export const taskDeadline: Rule<TaskRow> = {
  summary:
    'A task whose final deadline passed before the data window ended and is not “Hoàn thành” is overdue; the deadline shown is the one issued.',
  codes: ['TASK_OVERDUE', 'TARGET_TAMPERED'],
  check(row) {
    const issues: Issue[] = [];
    if (row.overdue && row.deadline !== null) {
      const found = row.readings.status.value ?? '';
      issues.push(
        issue('TASK_OVERDUE', { ...row.at('status'), found, expected: formatDateVi(row.deadline) }),
      );
    }
    if (row.has('deadline')) {
      const tampered = checkDeadline(row.cell('deadline'), row.issued?.deadline, row.at('deadline'));
      if (tampered) issues.push(tampered);
    }
    return issues;
  },
};

/** The deadline shown must be the one issued; a changed date is tampering (judging uses the plan's). */
function checkDeadline(cell: SnapshotCell | null, issued: string | undefined, at: CellRef): Issue | null {
  if (issued === undefined) return null;
  const shown = cell?.t === 'd' ? cell.v.slice(0, 10) : cell?.t === 'n' ? serialToIso(cell.v) : '';
  if (issued === '') return null; // "Cả năm": no date was issued
  if (shown === issued) return null;
  return issue('TARGET_TAMPERED', {
    ...at,
    found: cell === null ? null : cell.t === 'd' || cell.t === 'n' ? formatDateVi(shown) : cellText(cell),
    expected: formatDateVi(issued),
  });
}
