/** Choosing a reporting month of the plan (a native select: simplest to reach and use from the keyboard). */
import { Field, Select } from '@fluentui/react-components';
import type { UiKey } from '../../i18n/ui';
import { periodChoices } from '../../app/periods';
import { usePlan } from '../plan';
import { useText } from '../text';

/** "2025-07" → "July" (the English label; the Vietnamese one is "Tháng 7/2025"). */
function monthName(period: string): string {
  const date = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5)) - 1, 1));
  return date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
}

/** Months as "Tháng 7/2025"; with `autoLabel`, a first choice "" (no month: decide from the files). */
export function PeriodSelect({
  period,
  onChange,
  label = 'periodLabel',
  autoLabel,
  testId,
}: {
  period: string | null;
  onChange: (period: string | null) => void;
  label?: UiKey;
  autoLabel?: UiKey;
  testId?: string;
}) {
  const { t } = useText();
  const periods = periodChoices(usePlan());
  return (
    <Field label={t(label)}>
      <Select value={period ?? ''} onChange={(_, data) => onChange(data.value || null)} data-testid={testId}>
        {autoLabel ? <option value="">{t(autoLabel)}</option> : null}
        {periods.map((p) => (
          <option key={p} value={p}>
            {t('periodOption', { month: Number(p.slice(5)), monthName: monthName(p), year: p.slice(0, 4) })}
          </option>
        ))}
      </Select>
    </Field>
  );
}
