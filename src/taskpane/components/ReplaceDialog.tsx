/** Asks before replacing existing sheets (their data is lost, and deleting sheets clears Excel's undo stack). */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useText } from '../text';

/** The dialog; open while `names` is non-null. */
export function ReplaceDialog({
  names,
  onConfirm,
  onCancel,
}: {
  names: string[] | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useText();
  return (
    <Dialog
      modalType="alert"
      open={names !== null}
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface aria-describedby="replace-dialog-body">
        <DialogBody>
          <DialogTitle>{t('replaceTitle')}</DialogTitle>
          <DialogContent id="replace-dialog-body">
            {t('replaceBody', { names: (names ?? []).map((n) => `“${n}”`).join(', ') })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t('replaceConfirm')}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t('cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
