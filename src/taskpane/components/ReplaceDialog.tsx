/**
 * Asks before replacing a template already in the workbook (its data is lost, and deleting sheets clears Excel's
 * undo stack). It names whose template and which month would be replaced, and by what; it lists only sheets the
 * user can see. "Hủy" comes first and has the focus, so Enter or Esc keeps the workbook as it is.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ExistingTemplate } from '../services/existingTemplate';
import { monthText, useText } from '../text';

/** What the dialog asks about. */
export interface ReplaceQuestion {
  existing: ExistingTemplate;
  /** The template about to be inserted. */
  agencyName: string;
  period: string;
}

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  p: { margin: 0 },
});

/** The dialog; open while `question` is non-null. */
export function ReplaceDialog({
  question,
  onConfirm,
  onCancel,
}: {
  question: ReplaceQuestion | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useText();
  const styles = useStyles();
  const existing = question?.existing;
  return (
    <Dialog
      modalType="alert"
      open={question !== null}
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface aria-describedby="replace-dialog-body">
        <DialogBody>
          <DialogTitle>{t('replaceTitle')}</DialogTitle>
          <DialogContent id="replace-dialog-body" className={styles.body}>
            {question && existing ? (
              <>
                <p className={styles.p}>
                  {existing.agencyName && existing.period
                    ? t('replaceExisting', {
                        agency: existing.agencyName,
                        month: monthText(existing.period, lang),
                      })
                    : t('replaceExistingUnknown')}{' '}
                  {t('replaceWith', { agency: question.agencyName, month: monthText(question.period, lang) })}
                </p>
                {existing.sheets.length ? (
                  <p className={styles.p} data-testid="replace-sheets">
                    {t('replaceSheets', { names: existing.sheets.map((n) => `“${n}”`).join(', ') })}
                  </p>
                ) : null}
                <p className={styles.p}>{t('replaceWarning')}</p>
              </>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onCancel} data-testid="replace-cancel">
              {t('cancel')}
            </Button>
            <Button appearance="secondary" onClick={onConfirm} data-testid="replace-confirm">
              {t('replaceConfirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
