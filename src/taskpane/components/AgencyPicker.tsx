/**
 * Choosing an agency of the plan: a searchable Fluent Combobox matching names (with or without marks) and ids. A full
 * name typed exactly (marks and case aside) is taken as the choice when the field is left, as if picked from the list.
 * The arrow is not a second tab stop (Tab goes on to the month, it does not reopen the list) and is named in the
 * pane's language (Fluent's default name is the English "Open"); long names wrap in the list and are repeated in
 * full under the field, where the box would cut them at 320 px.
 */
import { Combobox, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { usePlan } from '../plan';
import { agencyMatches, exactAgency } from '../services/agencySearch';
import { useText } from '../text';

const useStyles = makeStyles({
  box: { width: '100%', minWidth: 0 },
  option: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  chosen: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

/** The picker; `agencyId` null until the user chooses. */
export function AgencyPicker({
  agencyId,
  onChange,
  showRequired,
}: {
  agencyId: string | null;
  onChange: (agencyId: string | null) => void;
  /** Shows "choose an agency" (after the user tried an action without one). */
  showRequired: boolean;
}) {
  const { t } = useText();
  const styles = useStyles();
  const { agencies } = usePlan().plan;
  const selectedName = agencies.find((a) => a.id === agencyId)?.name ?? '';
  const [query, setQuery] = useState(selectedName);
  // Showing the chosen agency's name is no filter: the whole list opens again.
  const matches = useMemo(
    () => (query === selectedName ? agencies : agencies.filter((a) => agencyMatches(a, query))),
    [agencies, query, selectedName],
  );
  const takeTypedName = () => {
    if (query === selectedName) return;
    const typed = exactAgency(agencies, query);
    if (!typed) return;
    onChange(typed.id);
    setQuery(typed.name);
  };
  return (
    <Field
      label={t('agencyLabel')}
      required
      validationState={showRequired && !agencyId ? 'error' : 'none'}
      validationMessage={showRequired && !agencyId ? t('agencyRequired') : undefined}
      hint={
        selectedName ? (
          <Text size={200} className={styles.chosen} data-testid="agency-chosen">
            {t('agencyChosen', { agency: selectedName })}
          </Text>
        ) : undefined
      }
    >
      <Combobox
        className={styles.box}
        placeholder={t('agencyPlaceholder')}
        value={query}
        title={selectedName || undefined}
        selectedOptions={agencyId ? [agencyId] : []}
        onChange={(event) => setQuery(event.target.value)}
        onBlur={takeTypedName}
        onOptionSelect={(_, data) => {
          onChange(data.optionValue ?? null);
          // Fluent clears the selection (no option) as soon as the text stops matching it: the text typed stays.
          if (data.optionValue !== undefined) setQuery(data.optionText ?? '');
        }}
        expandIcon={{ 'aria-label': t('agencyOpenList'), tabIndex: -1 }}
        // The list is rendered in place, inside the pane's main landmark, not in a portal at the end of the body
        // (axe: region — all content in landmarks). Chromium makes a scrolling element without focusable children
        // a tab stop (https://developer.chrome.com/blog/keyboard-focusable-scrollers): the list's options are
        // reached with the arrow keys (aria-activedescendant), so the list itself is taken out of the tab order.
        inlinePopup
        listbox={{ tabIndex: -1 }}
        data-testid="agency-picker"
      >
        {matches.map((a) => (
          <Option key={a.id} value={a.id} text={a.name} className={styles.option}>
            {a.name}
          </Option>
        ))}
        {matches.length === 0 ? (
          <Option key="__none" value="" text="" disabled className={styles.option}>
            {t('agencyNoMatch')}
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}
