/** Choosing a reporting month of the plan (a native select: simplest to reach and use from the keyboard). */
import { Field, Select } from '@fluentui/react-components';
import type { UiKey } from '../../i18n/ui';
import { periodChoices } from '../../app/periods';
import { usePlan } from '../plan';
import { englishMonthName, useText } from '../text';

/** Months as "Tháng 7/2025"; with `autoText`, a first choice "" (no month: decide from the files). */
export function PeriodSelect({
  period,
  onChange,
  label = 'periodLabel',
  autoText,
  testId,
}: {
  period: string | null;
  onChange: (period: string | null) => void;
  label?: UiKey;
  /** The text of the "no month chosen" choice (already in the pane's language). */
  autoText?: string;
  testId?: string;
}) {
  const { t } = useText();
  const periods = periodChoices(usePlan());
  return (
    <Field label={t(label)}>
      <Select value={period ?? ''} onChange={(_, data) => onChange(data.value || null)} data-testid={testId}>
        {autoText ? <option value="">{autoText}</option> : null}
        {periods.map((p) => (
          <option key={p} value={p}>
            {t('periodOption', {
              month: Number(p.slice(5)),
              monthName: englishMonthName(p),
              year: p.slice(0, 4),
            })}
          </option>
        ))}
      </Select>
    </Field>
  );
}
