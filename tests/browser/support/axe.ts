/**
 * axe-core (from node_modules, injected into the page) run on the pane as it is on screen. Every rule axe enables
 * by default runs — WCAG 2.0–2.2 A/AA and best practices. A violation is excused only node by node, by a documented
 * false positive below, each with the link that explains it; anything else fails the test.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A known false positive: the rule, how to recognise its nodes, why it is not a problem, and where that is said. */
export interface AxeException {
  rule: string;
  matches: (node: { html: string; target: string }) => boolean;
  why: string;
  link: string;
}

/** The documented exceptions. */
export const AXE_EXCEPTIONS: readonly AxeException[] = [
  {
    rule: 'aria-hidden-focus',
    // <i tabindex="0" aria-hidden="true" data-tabster-dummy> around Fluent's focus groups (tab list, dialogs).
    matches: (node) => node.html.includes('data-tabster-dummy'),
    why:
      "Fluent UI's focus manager (tabster) puts focusable, aria-hidden 'dummy inputs' around focus groups; they hand " +
      'the focus on the moment they get it and are hidden from screen readers on purpose (tabster maintainers), ' +
      "and Microsoft's own Accessibility Insights excludes them",
    link: 'https://github.com/microsoft/tabster/issues/288',
  },
];

interface AxeNode {
  target: string;
  html: string;
  summary: string;
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: AxeNode[];
}

/** Runs axe on the page; returns one line per violating node not excused, prefixed with `state`. */
export async function axeViolations(page: Page, state: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    interface AxeResult {
      violations: {
        id: string;
        help: string;
        nodes: { target: unknown[]; html: string; failureSummary?: string }[];
      }[];
    }
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        html: n.html,
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' '),
      })),
    }));
  });
  return (violations as AxeViolation[]).flatMap((v) =>
    v.nodes
      .filter((n) => !AXE_EXCEPTIONS.some((e) => e.rule === v.id && e.matches(n)))
      .map((n) => `${state}: ${v.id} (${v.help}) at ${n.target} ${n.html.slice(0, 160)} — ${n.summary}`),
  );
}
