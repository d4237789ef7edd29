/**
 * One file's received date in Tổng hợp's list (docs/verdicts.md, "Deadlines"): the date lateness was judged on and
 * where it came from, the agency's own report date beside it, and a button that opens a small form to confirm or
 * correct it (a date typed day first, as Vietnamese write it). A date that cannot be used is said at the field, in
 * the pane's language, and nothing changes; Enter uses the date, Escape closes the form, and the focus goes back to
 * the button. The parent re-validates the file with the date (`onChange`; null goes back to the file's own date).
 */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { periodInfo } from '../../core/plan/period';
import { formatDateVi } from '../../core/text/dates';
import { localDay } from '../../core/validate/timeliness';
import { useLayout } from '../layout';
import { usePlan } from '../plan';
import { useText } from '../text';
import {
  parseReceived,
  receivedLine,
  receivedProblemText,
  reportDateLine,
  type ReceivedProblem,
  type ReceivedView,
} from './receivedDate';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { overflowWrap: 'anywhere' },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    minWidth: 0,
  },
  trigger: { alignSelf: 'flex-start', minWidth: 0, height: 'auto', textAlign: 'start' },
});

/** Today in Vietnam, as an ISO day. */
function today(): string {
  return localDay(new Date().toISOString()) ?? new Date().toISOString().slice(0, 10);
}

/** The form: the date typed (the date judged on at first), checked when used; a problem is said at the field. */
function DateForm({
  view,
  inputRef,
  onUse,
  onClear,
  onCancel,
}: {
  view: ReceivedView;
  inputRef: RefObject<HTMLInputElement | null>;
  onUse: (date: string) => void;
  /** Back to the file's own date; only offered once a date was confirmed. */
  onClear: (() => void) | null;
  onCancel: () => void;
}) {
  const { t, lang } = useText();
  const layout = useLayout();
  const styles = useStyles();
  const { plan } = usePlan();
  const [text, setText] = useState(view.date ? formatDateVi(view.date) : '');
  // The problem, not its words: they follow the language if it is switched while the message shows.
  const [problem, setProblem] = useState<ReceivedProblem | null>(null);
  const now = today();
  const example = formatDateVi(now);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const earliest = periodInfo(plan, view.period)?.windowStart ?? `${view.period}-01`;
    const read = parseReceived(text, { earliest, today: now });
    if (read.ok) onUse(read.date);
    else {
      setProblem(read.problem);
      inputRef.current?.focus();
    }
  };
  const escape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onCancel();
  };
  return (
    <form className={styles.form} onSubmit={submit} onKeyDown={escape} noValidate>
      <Field
        label={t('receivedFieldLabel')}
        hint={t('receivedFieldHint', { example })}
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem ? receivedProblemText(problem, lang, example) : undefined}
      >
        <Input
          ref={inputRef}
          value={text}
          autoComplete="off"
          onChange={(_, data) => setText(data.value)}
          data-testid="received-input"
        />
      </Field>
      <div className={layout.row}>
        <Button type="submit" appearance="primary" size="small">
          {t('useThisDate')}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t('cancel')}
        </Button>
        {onClear ? (
          <Button size="small" onClick={onClear}>
            {t('clearConfirmed')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** The dates, the button, and the form when open. */
export function ReceivedDateField({
  fileName,
  view,
  onChange,
}: {
  fileName: string;
  view: ReceivedView;
  onChange: (date: string | null) => void;
}) {
  const { t, lang } = useText();
  const layout = useLayout();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  // Where the focus goes once the form has opened or closed (after the render that shows or hides it).
  const [focus, setFocus] = useState<'input' | 'trigger' | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const confirmed = view.source === 'confirmed';

  useEffect(() => {
    if (focus === null) return;
    (focus === 'input' ? input.current : trigger.current)?.focus();
    setFocus(null);
  }, [focus]);

  const toggle = (next: boolean) => {
    setOpen(next);
    setFocus(next ? 'input' : 'trigger');
  };
  const change = (date: string | null) => {
    onChange(date);
    toggle(false);
  };

  return (
    <div className={styles.block} data-testid="received-date">
      <span className={styles.line} data-testid="received-line">
        {receivedLine(view, lang)}
      </span>
      <span className={layout.muted} data-testid="report-date-line">
        {reportDateLine(view, lang)}
      </span>
      <Button
        ref={trigger}
        size="small"
        className={styles.trigger}
        aria-expanded={open}
        aria-label={t(confirmed ? 'changeReceivedLabel' : 'confirmReceivedLabel', { file: fileName })}
        onClick={() => toggle(!open)}
      >
        {t(confirmed ? 'changeReceived' : 'confirmReceived')}
      </Button>
      {open ? (
        <DateForm
          view={view}
          inputRef={input}
          onUse={change}
          onClear={confirmed ? () => change(null) : null}
          onCancel={() => toggle(false)}
        />
      ) : null}
    </div>
  );
}
