/**
 * A check's problems, grouped by severity then sheet, each with its message (from i18n by code). A problem with a
 * cell is a button that selects that cell in the workbook; agency text inside messages is plain React text.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core/issues/codes';
import type { Issue } from '../../core/issues/issue';
import { issueMessage, SEVERITY_LABEL } from '../../i18n';
import { useLayout } from '../layout';
import { isLocated, type LocatedIssue } from '../services/validation';
import { useText } from '../text';

const useStyles = makeStyles({
  issue: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    width: '100%',
    minWidth: 0,
    height: 'auto',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  text: { display: 'block', whiteSpace: 'normal', overflowWrap: 'anywhere' },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  plain: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, overflowWrap: 'anywhere' },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { borderLeft: `3px solid ${tokens.colorBrandStroke1}` },
});

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Groups issues by sheet, keeping the order of first appearance ("" = no sheet). */
function bySheet(issues: readonly Issue[]): [string, Issue[]][] {
  const groups = new Map<string, Issue[]>();
  for (const i of issues) {
    const key = i.sheet ?? '';
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return [...groups];
}

/** The list; `onSelect` is called with a problem that has a cell. */
export function IssueList({
  issues,
  onSelect,
}: {
  issues: readonly Issue[];
  onSelect: (issue: LocatedIssue) => void;
}) {
  const { t, lang } = useText();
  const layout = useLayout();
  const styles = useStyles();
  return (
    <section className={layout.stack} aria-labelledby="issues-heading" data-testid="issue-list">
      <h2 id="issues-heading" className={layout.heading}>
        {t('issuesHeading', { count: issues.length })}
      </h2>
      {SEVERITIES.map((severity) => {
        const ofSeverity = issues.filter((i) => i.severity === severity);
        if (!ofSeverity.length) return null;
        return (
          <div key={severity} className={layout.tight} data-severity={severity}>
            <h3
              className={layout.subheading}
            >{`${SEVERITY_LABEL[lang][severity]} (${ofSeverity.length})`}</h3>
            {bySheet(ofSeverity).map(([sheet, group]) => (
              <div key={sheet} className={layout.tight}>
                <h4 className={`${layout.subheading} ${layout.muted}`}>{sheet || t('generalSheet')}</h4>
                <ul className={layout.list}>
                  {group.map((i, n) => {
                    const message = issueMessage(i, lang);
                    return (
                      <li key={n} className={styles[severity]}>
                        {isLocated(i) ? (
                          <Button
                            appearance="subtle"
                            className={styles.issue}
                            onClick={() => onSelect(i)}
                            aria-label={t('goToCell', { cell: i.cell, sheet: i.sheet, message })}
                            data-cell={`${i.sheet}!${i.cell}`}
                            data-code={i.code}
                          >
                            <span className={styles.text}>
                              {/* Most messages name their cell already; the others get it in front. */}
                              {message.includes(i.cell) ? null : (
                                <span className={styles.cell}>{i.cell}</span>
                              )}
                              {message}
                            </span>
                          </Button>
                        ) : (
                          <div className={styles.plain} data-code={i.code}>
                            {message}
                          </div>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}
