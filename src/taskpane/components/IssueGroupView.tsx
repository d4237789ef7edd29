/**
 * One group of identical problems in Kiểm tra: a heading button that opens and closes it (its count in the title),
 * then its issues — each with a cell a button that selects that cell — shown a page at a time, so 2,000 issues are
 * never 2,000 buttons and tab stops at once.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useLayout } from '../layout';
import { isLocated, type LocatedIssue } from '../services/validation';
import { useText } from '../text';
import { Disclosure } from './Disclosure';
import type { IssueGroup } from './issueGroups';

/** Issues shown per page of a group. */
export const GROUP_PAGE = 50;

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
  where: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  plain: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, overflowWrap: 'anywhere' },
  note: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground3,
  },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { borderLeft: `3px solid ${tokens.colorBrandStroke1}` },
  items: { paddingLeft: tokens.spacingHorizontalL },
});

/** The group; `count` is the number in its title, `expanded` whether its issues show. */
export function IssueGroupView({
  group,
  count,
  expanded,
  onToggle,
  showSheet,
  onSelect,
}: {
  group: IssueGroup;
  count: number;
  expanded: boolean;
  onToggle: () => void;
  /** Names the sheet before each issue (when the list spans sheets). */
  showSheet: boolean;
  onSelect: (issue: LocatedIssue) => void;
}) {
  const { t } = useText();
  const layout = useLayout();
  const styles = useStyles();
  const [limit, setLimit] = useState(GROUP_PAGE);
  const visible = group.items.slice(0, limit);
  const left = group.items.length - visible.length;
  // "Show more" may vanish with the last page: the focus goes to the first issue it revealed instead.
  const list = useRef<HTMLUListElement>(null);
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  useEffect(() => {
    if (focusFrom === null) return;
    const item = list.current?.children[focusFrom] as HTMLElement | undefined;
    (item?.querySelector<HTMLElement>('button') ?? item)?.focus();
    setFocusFrom(null);
  }, [focusFrom]);
  const showMore = () => {
    setFocusFrom(limit);
    setLimit((l) => l + GROUP_PAGE);
  };
  return (
    <div data-group={group.code} data-severity={group.severity}>
      <Disclosure
        title={t('groupTitle', { kind: group.title, count })}
        expanded={expanded}
        onToggle={onToggle}
      >
        <div className={styles.items}>
          <ul className={layout.list} ref={list}>
            {visible.map(({ issue, text }, n) => {
              const where = [
                showSheet ? issue.sheet : null,
                text.includes(issue.cell ?? '\u0000') ? null : issue.cell,
              ]
                .filter(Boolean)
                .join(' · ');
              return (
                <li key={n} className={styles[group.severity]} tabIndex={-1}>
                  {isLocated(issue) ? (
                    // The visible text is the accessible name (no aria-label that would differ from it).
                    <Button
                      appearance="subtle"
                      className={styles.issue}
                      onClick={() => onSelect(issue)}
                      data-cell={`${issue.sheet}!${issue.cell}`}
                      data-code={issue.code}
                    >
                      <span className={styles.text}>
                        {where ? <span className={styles.where}>{where}</span> : null}
                        {text}
                      </span>
                    </Button>
                  ) : (
                    <div className={styles.plain} data-code={issue.code}>
                      {where ? <span className={styles.where}>{where}</span> : null}
                      {text}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          {left > 0 ? (
            <Button size="small" appearance="secondary" onClick={showMore}>
              {t('showMore', { count: Math.min(GROUP_PAGE, left), left })}
            </Button>
          ) : null}
          {group.truncated ? (
            <p className={styles.note} data-code="ISSUES_TRUNCATED">
              {group.truncated.text}
            </p>
          ) : null}
        </div>
      </Disclosure>
    </div>
  );
}
