/** Kiểm tra: validate the open workbook, list its problems (click → the cell), colour problem cells and undo that. */
import { Button, Switch, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Report } from '../../core/validate/types';
import { clearHighlights, highlightCells, selectCell, type HighlightResult } from '../../office/navigate';
import { BusyLine } from '../components/BusyLine';
import { IssueList } from '../components/IssueList';
import { NoticeBar } from '../components/NoticeBar';
import { StatusSummary } from '../components/StatusSummary';
import { useAction } from '../hooks/useAction';
import { useLayout } from '../layout';
import { notice, type Notice } from '../services/notice';
import { checkOpenWorkbook, highlightTargets, type LocatedIssue } from '../services/validation';
import { usePlan } from '../plan';
import { useText } from '../text';

/** What colouring did: how many cells, and those it could not colour. */
function highlightNotice(result: HighlightResult): Notice {
  const out = notice('success', 'highlighted', { count: result.highlighted });
  if (result.skipped.length)
    out.lines.push({ key: 'highlightSkipped', params: { count: result.skipped.length } });
  if (result.truncated) out.lines.push({ key: 'highlightTruncated', params: { count: result.truncated } });
  if (result.skipped.length || result.truncated) out.intent = 'warning';
  return out;
}

/** The tab. */
export function ValidateTab() {
  const { t } = useText();
  const ctx = usePlan();
  const layout = useLayout();
  const [checked, setChecked] = useState<{ report: Report; at: Date } | null>(null);
  const [coloured, setColoured] = useState(false);
  const action = useAction();
  const busy = action.busy !== null;

  const check = () =>
    action.run('validating', async () => {
      const report = await checkOpenWorkbook(ctx);
      setChecked({ report, at: new Date() });
      if (!coloured) return null;
      // Colours follow the new results: the old ones are put back first.
      await clearHighlights();
      return highlightNotice(await highlightCells(highlightTargets(report)));
    });

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
      if (result.ok) return null;
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
        <Button appearance="primary" onClick={() => void check()} disabled={busy}>
          {t('validateButton')}
        </Button>
      </div>
      <div className={layout.row}>
        <Switch
          label={t('highlightToggle')}
          checked={coloured}
          disabled={busy || !checked}
          onChange={(_, data) => void colour(data.checked)}
          data-testid="highlight-switch"
        />
        <Button size="small" onClick={() => void colour(false)} disabled={busy}>
          {t('clearHighlights')}
        </Button>
      </div>
      <BusyLine busy={action.busy} />
      {action.notice ? <NoticeBar notice={action.notice} onDismiss={() => action.setNotice(null)} /> : null}
      {checked ? <StatusSummary report={checked.report} checkedAt={checked.at} /> : null}
      {checked && checked.report.issues.length === 0 ? (
        <NoticeBar notice={notice('success', 'noIssues')} />
      ) : null}
      {checked && checked.report.issues.length ? (
        <IssueList issues={checked.report.issues} onSelect={(i) => void select(i)} />
      ) : null}
    </div>
  );
}
