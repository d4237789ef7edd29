/** How the plan's Decision is named wherever a form or report cites it. */
import { formatDateVi } from '../text/dates';
import type { Plan } from './schema';

/** What stands where the text does not state the Decision's number or date. */
export const NOT_STATED = 'không ghi trong văn bản nguồn';

/**
 * The Decision as cited: "Quyết định số 12/QĐ-UBND ngày 10/01/2025 …", or, where the text states neither number nor
 * date, its title followed by "(số, ngày: không ghi trong văn bản nguồn)" — never a date taken from another document.
 */
export function decisionWords(plan: Plan): string {
  const { title, number, date } = plan.decision;
  const name = title ?? 'Quyết định';
  if (number === undefined && date === undefined) return `${name} (số, ngày: ${NOT_STATED})`;
  const num = number === undefined ? `số: ${NOT_STATED}` : `số ${number}`;
  const day = date === undefined ? `ngày: ${NOT_STATED}` : `ngày ${formatDateVi(date)}`;
  return title === undefined ? `Quyết định ${num}, ${day}` : `${title} (${num}, ${day})`;
}
