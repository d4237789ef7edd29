/** Mẫu biểu: choose an agency and a month, then insert its template into the open workbook or download it. */
import { Button, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { defaultPeriod } from '../../app/periods';
import { buildTemplate, templateContents, type Template } from '../../app/template';
import { formatDateVi } from '../../core/text/dates';
import type { WriteResult } from '../../office/writeWorkbook';
import { AgencyPicker } from '../components/AgencyPicker';
import { useAnnounce } from '../components/Announcer';
import { BusyLine } from '../components/BusyLine';
import { NoticeBar } from '../components/NoticeBar';
import { PeriodSelect } from '../components/PeriodSelect';
import { ReplaceDialog, type ReplaceQuestion } from '../components/ReplaceDialog';
import { useAction } from '../hooks/useAction';
import { useFocusRequest } from '../hooks/useFocusRequest';
import { useLayout } from '../layout';
import { GENERATOR, usePlan } from '../plan';
import { describeExisting } from '../services/existingTemplate';
import { errorNotice, notice, type Notice } from '../services/notice';
import { downloadTemplate, insertTemplate } from '../services/template';
import { useText } from '../text';

/** What an insert did, as a notice (a clash that replacing cannot solve — a table name elsewhere — is an error). */
function insertNotice(template: Template, result: Extract<WriteResult, { ok: true }>): Notice {
  const done = notice('success', 'inserted', {
    agency: template.agency.name,
    period: `${template.info.month}/${template.info.year}`,
    sheets: result.sheets.length,
  });
  if (result.skipped.length)
    done.lines.push({ key: 'insertedSkipped', params: { features: result.skipped.join(', ') } });
  return done;
}

/** Downloads the template (on Mac and iPad: opens it as a new workbook) and says what happened. */
async function downloadNotice(template: Template): Promise<Notice> {
  let outcome;
  try {
    outcome = await downloadTemplate(template);
  } catch (e) {
    // Keep the error's own explanation (e.g. "download is not available here") and add what to do.
    const failed = errorNotice(e);
    return { ...failed, lines: [...failed.lines, { key: 'downloadFailed' }] };
  }
  // On Mac and iPad the template opens as a new workbook instead of a download (services/download.ts).
  return outcome === 'openedInExcel'
    ? notice('success', 'downloadOpened', { file: template.fileName })
    : notice('success', 'downloaded', { file: template.fileName });
}

/** The tab. */
export function TemplateTab() {
  const { t } = useText();
  const ctx = usePlan();
  const layout = useLayout();
  const announce = useAnnounce();
  const focusLater = useFocusRequest();
  const insertButton = useRef<HTMLButtonElement>(null);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [period, setPeriod] = useState(() => defaultPeriod(ctx, new Date()));
  const [tried, setTried] = useState(false);
  const [clash, setClash] = useState<(ReplaceQuestion & { template: Template }) | null>(null);
  const action = useAction();

  const held = agencyId ? templateContents(ctx, agencyId, period) : null;
  const contents = held
    ? t('templateContents', {
        indicators: held.indicators,
        tasks: held.tasks,
        due: formatDateVi(held.dueDate),
      })
    : null;

  const chosen = (): Template | null => {
    setTried(true);
    if (!agencyId) return null;
    const built = buildTemplate(ctx, agencyId, period, {
      generatedAt: new Date().toISOString(),
      generator: GENERATOR,
    });
    // Both choices come from the plan's own lists: a request outside it is a bug.
    if (!built.ok)
      throw new Error(`template request outside the plan: ${built.error.kind} ${built.error.given}`);
    return built.template;
  };

  const write = async (template: Template, replaceExisting: boolean): Promise<Notice | null> => {
    const result = await insertTemplate(template, replaceExisting);
    if (result.ok) return insertNotice(template, result);
    if (result.sheets.length && !replaceExisting) {
      const existing = await describeExisting(ctx, result.sheets);
      setClash({ template, existing, agencyName: template.agency.name, period: template.info.period });
      return null;
    }
    return notice('error', 'tableClash', { tables: result.tables.join(', ') });
  };

  const insert = () => {
    const template = chosen();
    if (template) void action.run('inserting', () => write(template, false));
  };

  const download = () => {
    const template = chosen();
    if (!template) return;
    void action.run('downloading', () => downloadNotice(template));
  };

  // Either way the focus goes back to the button that opened the dialog.
  const confirmReplace = () => {
    const pending = clash;
    setClash(null);
    focusLater(insertButton);
    if (pending) void action.run('inserting', () => write(pending.template, true));
  };
  const cancelReplace = () => {
    setClash(null);
    focusLater(insertButton);
    announce.status(t('replaceCancelled'));
  };

  return (
    <div className={layout.stack}>
      <Text className={layout.muted}>{t('templateIntro')}</Text>
      <AgencyPicker agencyId={agencyId} onChange={setAgencyId} showRequired={tried} />
      <PeriodSelect period={period} onChange={(p) => p && setPeriod(p)} testId="template-period" />
      {contents ? (
        <Text size={200} data-testid="template-contents">
          {contents}
        </Text>
      ) : null}
      <div className={layout.row}>
        {/* disabledFocusable: a busy button keeps the focus (a disabled one would drop it to the page). */}
        <Button
          appearance="primary"
          onClick={insert}
          disabledFocusable={action.busy !== null}
          ref={insertButton}
        >
          {t('insertTemplate')}
        </Button>
        <Button onClick={download} disabledFocusable={action.busy !== null}>
          {t('downloadTemplate')}
        </Button>
      </div>
      <BusyLine busy={action.busy} />
      {action.notice ? <NoticeBar notice={action.notice} onDismiss={() => action.setNotice(null)} /> : null}
      <ReplaceDialog question={clash} onConfirm={confirmReplace} onCancel={cancelReplace} />
    </div>
  );
}
