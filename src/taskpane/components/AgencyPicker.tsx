/** Choosing an agency of the plan: a searchable Fluent Combobox, matching names (with or without marks) and ids. */
import { Combobox, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { usePlan } from '../plan';
import { agencyMatches } from '../services/agencySearch';
import { useText } from '../text';

const useStyles = makeStyles({
  id: {
    marginLeft: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  box: { width: '100%', minWidth: 0 },
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
  return (
    <Field
      label={t('agencyLabel')}
      required
      validationState={showRequired && !agencyId ? 'error' : 'none'}
      validationMessage={showRequired && !agencyId ? t('agencyRequired') : undefined}
    >
      <Combobox
        className={styles.box}
        placeholder={t('agencyPlaceholder')}
        value={query}
        selectedOptions={agencyId ? [agencyId] : []}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          onChange(data.optionValue ?? null);
          setQuery(data.optionText ?? '');
        }}
        data-testid="agency-picker"
      >
        {matches.map((a) => (
          <Option key={a.id} value={a.id} text={a.name}>
            {a.name}
            <span className={styles.id}>{a.id}</span>
          </Option>
        ))}
        {matches.length === 0 ? (
          <Option key="__none" value="" text="" disabled>
            {t('agencyNoMatch')}
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}
