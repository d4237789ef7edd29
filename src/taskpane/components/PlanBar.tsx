/**
 * The plan the pane uses, said at the top — title, year, version and where it came from — and the ways to switch it
 * without a rebuild: the plan sheets of the open workbook, a plan file the planner picks, or back to the built-in
 * one. A plan with problems is refused with each problem at its sheet!cell, and the plan in use stays.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import { planSummary, type PlanContext } from '../../app/plan';
import { describeOfficeError } from '../../office/errors';
import { planFromFile, planFromOpenWorkbook, type PlanSwitch } from '../services/planSwitch';
import { useText, type Translate } from '../text';
import { useAnnounce } from './Announcer';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** Where the plan came from, in words. */
function sourceText(ctx: PlanContext, t: Translate): string {
  const s = ctx.source;
  if (s.kind === 'file') return t('planSourceFile', { file: s.path });
  if (s.kind === 'workbook') return t('planSourceWorkbook');
  if (s.kind === 'template') return t('planSourceTemplate');
  return t('planSourceBuiltIn');
}

/** The bar; `onChange` switches the pane to another plan. */
export function PlanBar({
  ctx,
  builtIn,
  onChange,
}: {
  ctx: PlanContext;
  builtIn: () => PlanContext;
  onChange: (ctx: PlanContext) => void;
}) {
  const { t, lang } = useText();
  const styles = useStyles();
  const announce = useAnnounce();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<string[] | null>(null);
  const summary = planSummary(ctx);

  const switchTo = (next: PlanContext) => {
    setRefused(null);
    onChange(next);
    const s = planSummary(next);
    announce.status(t('planSwitched', { title: s.title, version: s.version }));
  };
  const run = async (load: () => Promise<PlanSwitch>) => {
    setBusy(true);
    try {
      const result = await load();
      if (result.ok) switchTo(result.ctx);
      else {
        setRefused(result.lines);
        announce.alert(result.lines[0] ?? '');
      }
    } catch (e) {
      // Office refused the read (the workbook busy, a cell in edit mode): said in words, the plan in use stays.
      const line = t(describeOfficeError(e).messageKey);
      setRefused([line]);
      announce.alert(line);
    } finally {
      setBusy(false);
    }
  };
  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void run(() => planFromFile(file, lang));
  };

  return (
    <section className={styles.bar} aria-labelledby="plan-heading" data-testid="plan-bar">
      <Text id="plan-heading" size={200}>
        {t('planHeading')}
      </Text>
      <Text className={styles.title} data-testid="plan-title">
        {summary.title}
      </Text>
      <Text size={200} data-testid="plan-meta">
        {t('planMeta', { year: summary.year, version: summary.version, source: sourceText(ctx, t) })}
        {summary.example ? ` ${t('planExample')}` : ''}
      </Text>
      <div className={styles.actions} role="group" aria-label={t('planSwitchLabel')}>
        <Button size="small" disabled={busy} onClick={() => void run(() => planFromOpenWorkbook(lang))}>
          {t('planUseWorkbook')}
        </Button>
        <Button size="small" disabled={busy} onClick={() => input.current?.click()}>
          {t('planPickFile')}
        </Button>
        {ctx.source.kind !== 'builtIn' ? (
          <Button size="small" disabled={busy} onClick={() => switchTo(builtIn())}>
            {t('planUseBuiltIn')}
          </Button>
        ) : null}
        <input
          ref={input}
          type="file"
          accept=".json,.xlsx,application/json"
          hidden
          tabIndex={-1}
          aria-hidden="true"
          data-testid="plan-file"
          onChange={picked}
        />
      </div>
      {busy ? <Spinner size="tiny" label={t('planLoading')} /> : null}
      {refused ? (
        <MessageBar intent="error" layout="multiline" data-testid="plan-refused">
          <MessageBarBody>
            <div>{refused[0]}</div>
            {refused.length > 1 ? (
              <ul className={styles.problems}>
                {refused.slice(1).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
