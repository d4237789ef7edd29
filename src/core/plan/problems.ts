/**
 * Problems found in a plan, as data (src/i18n renders them), and how their path is shown. Free of zod, so whoever
 * renders a problem does not pull the plan schema in.
 */

/** One problem in a plan, at a path such as ["indicators", 3, "lead"]. */
export interface PlanProblem {
  path: (string | number)[];
  /** A zod issue code (invalid_type, too_small …) or a cross-reference code (unknown_agency, duplicate_id …). */
  code: string;
  params: Record<string, string | number>;
}

/** "indicators[3].lead" (with the item's id when known: "indicators[3] (CT04).lead"). */
export function formatPlanPath(path: readonly (string | number)[], json?: unknown): string {
  let out = '';
  let node: unknown = json;
  for (const part of path) {
    if (typeof part === 'number') {
      out += `[${part}]`;
      node = Array.isArray(node) ? node[part] : undefined;
      const id = node && typeof node === 'object' ? (node as Record<string, unknown>).id : undefined;
      if (typeof id === 'string') out += ` (${id})`;
    } else {
      out += out ? `.${part}` : part;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
  }
  return out || '(gốc)';
}
