/**
 * Kiểm tra: validate the open workbook, see the summary and the problems (filter, search, go to a cell), colour
 * problem cells and undo that. After a check the focus goes to its summary and one sentence says what was found.
 */
import { Button, Switch, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Report } from '../../core/validate/types';
import { clearHighlights, highlightCells, selectCell, type HighlightResult } from '../../office/navigate';
import { useAnnounce } from '../components/Announcer';
import { BusyLine } from '../components/BusyLine';
import { IssueBrowser } from '../components/IssueBrowser';
import { NoticeBar } from '../components/NoticeBar';
import { StatusSummary } from '../components/StatusSummary';
import { useAction } from '../hooks/useAction';
import { useFocusRequest } from '../hooks/useFocusRequest';
import { useLayout } from '../layout';
import { usePlan } from '../plan';
import { notice, type Notice } from '../services/notice';
import { checkOpenWorkbook, highlightTargets, type LocatedIssue } from '../services/validation';
import { monthText, useText } from '../text';
import type { Lang } from '../../i18n';

/** What colouring did: how many cells, and those it could not colour. */
function highlightNotice(result: HighlightResult, base?: Notice): Notice {
  const out = base ?? notice('success', 'highlighted', { count: result.highlighted });
  if (base) out.lines.push({ key: 'highlighted', params: { count: result.highlighted } });
  if (result.skipped.length)
    out.lines.push({ key: 'highlightSkipped', params: { count: result.skipped.length } });
  if (result.truncated) out.lines.push({ key: 'highlightTruncated', params: { count: result.truncated } });
  if (result.skipped.length || result.truncated) out.intent = 'warning';
  return out;
}

/** One sentence for a check: whose report, which month, how many problems of each kind. */
function checkNotice(report: Report, lang: Lang): Notice {
  const id = report.identity;
  if (!id) return notice('warning', 'checkedNoTemplate');
  const c = report.counts.bySeverity;
  const who = { agency: id.agencyName, month: monthText(id.period, lang) };
  if (c.error + c.warning + c.info === 0) return notice('success', 'checkedClean', who);
  return notice(c.error || c.warning ? 'warning' : 'success', 'checked', {
    ...who,
    errors: c.error,
    warnings: c.warning,
    infos: c.info,
  });
}

/** The tab. */
export function ValidateTab() {
  const { t, lang } = useText();
  const ctx = usePlan();
  const layout = useLayout();
  const announce = useAnnounce();
  const focusLater = useFocusRequest();
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const [checked, setChecked] = useState<{ report: Report; at: Date } | null>(null);
  const [coloured, setColoured] = useState(false);
  const action = useAction();
  const busy = action.busy !== null;

  const check = async () => {
    const outcome = await action.run('validating', async () => {
      const report = await checkOpenWorkbook(ctx);
      setChecked({ report, at: new Date() });
      const said = checkNotice(report, lang);
      if (!coloured) return said;
      // Colours follow the new results: the old ones are put back first.
      await clearHighlights();
      return highlightNotice(await highlightCells(highlightTargets(report)), said);
    });
    if (outcome && outcome.intent !== 'error') focusLater(summaryHeading);
  };

  const colour = (on: boolean) =>
    action.run('colouring', async () => {
      if (!on || !checked) {
        const cleared = await clearHighlights();
        setColoured(false);
        return notice('success', 'cleared', { count: cleared.restored });
      }
      const result = await highlightCells(highlightTargets(checked.report));
      setColoured(true);
      return highlightNotice(result);
    });

  const select = (issue: LocatedIssue) =>
    action.run('selecting', async () => {
      const result = await selectCell(issue.sheet, issue.cell);
      if (result.ok) {
        // Nothing to show (Excel shows the cell), but a screen reader hears that it happened.
        announce.status(t('cellSelected', { cell: issue.cell, sheet: issue.sheet }));
        return null;
      }
      const key =
        result.reason === 'sheetMissing'
          ? 'selectSheetMissing'
          : result.reason === 'sheetHidden'
            ? 'selectSheetHidden'
            : 'selectBadAddress';
      return notice('warning', key, { sheet: issue.sheet, cell: issue.cell });
    });

  return (
    <div className={layout.stack}>
      <Text className={layout.muted}>{t('validateIntro')}</Text>
      <div className={layout.row}>
        <Button appearance="primary" onClick={() => void check()} disabledFocusable={busy}>
          {t('validateButton')}
        </Button>
      </div>
      <div className={layout.row}>
        <Switch
          label={t('highlightToggle')}
          checked={coloured}
          // Not disabled while busy (that would drop the focus): a toggle during an action is ignored.
          disabled={!checked}
          onChange={(_, data) => void colour(data.checked)}
          data-testid="highlight-switch"
        />
        <Button size="small" onClick={() => void colour(false)} disabledFocusable={busy}>
          {t('clearHighlights')}
        </Button>
      </div>
      <BusyLine busy={action.busy} />
      {action.notice ? <NoticeBar notice={action.notice} onDismiss={() => action.setNotice(null)} /> : null}
      {checked ? (
        <StatusSummary report={checked.report} checkedAt={checked.at} headingRef={summaryHeading} />
      ) : null}
      {checked && checked.report.issues.length ? (
        <IssueBrowser report={checked.report} onSelect={(i) => void select(i)} />
      ) : null}
    </div>
  );
}
