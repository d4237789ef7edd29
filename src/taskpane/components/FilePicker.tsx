/**
 * Choosing files for Tổng hợp: the native file input, kept in the tab order and the accessibility tree but out of
 * sight (its "Choose Files / No file chosen" is in the browser's language, not the pane's), under a label that looks
 * like a button; once files are chosen it adds to them, and "Bỏ hết" empties the list.
 */
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useRef, type ChangeEvent } from 'react';
import { useLayout } from '../layout';
import { useText } from '../text';

const useStyles = makeStyles({
  picker: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    ':focus-within': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  choose: {
    display: 'inline-block',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  disabled: { opacity: 0.5, cursor: 'default' },
});

/** File types offered: .xlsx and the spreadsheets agencies send instead (refused with a reason). */
const SPREADSHEET_TYPES =
  '.xlsx,.xlsm,.xls,.ods,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The picker; `count` files are in the list. */
export function FilePicker({
  count,
  disabled,
  onChoose,
  onClear,
}: {
  count: number;
  disabled: boolean;
  onChoose: (files: File[]) => void;
  onClear: () => void;
}) {
  const { t } = useText();
  const layout = useLayout();
  const styles = useStyles();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  // "Bỏ hết" goes away once used: the focus goes to the file input.
  const clear = () => {
    onClear();
    input.current?.focus();
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Cleared so that choosing the same file again (after correcting it) fires a change again.
    event.target.value = '';
    if (files.length) onChoose(files);
  };
  return (
    <div className={layout.tight}>
      <Text weight="semibold">{t('filesLabel')}</Text>
      <div className={styles.picker}>
        <input
          id={inputId}
          ref={input}
          className={layout.visuallyHidden}
          type="file"
          multiple
          // Spreadsheets an agency may send instead of .xlsx are offered too, so an .ods is refused with
          // "save as .xlsx" in the results rather than being invisible in the picker.
          accept={SPREADSHEET_TYPES}
          onChange={choose}
          disabled={disabled}
          aria-label={t('filesLabel')}
          data-testid="consolidate-files"
        />
        <label htmlFor={inputId} className={mergeClasses(styles.choose, disabled && styles.disabled)}>
          {count ? t('addFiles') : t('chooseFiles')}
        </label>
        <Text size={200} className={layout.muted}>
          {count ? t('filesChosen', { count }) : t('noFilesChosen')}
        </Text>
        {count ? (
          <Button size="small" appearance="subtle" onClick={clear} disabledFocusable={disabled}>
            {t('removeAllFiles')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
