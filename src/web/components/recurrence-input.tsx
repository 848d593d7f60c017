import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../lib/api/client';

type Every = Schemas['RecurrenceDto']['every'];
const EVERY: readonly Every[] = ['week', 'month', 'quarter', 'year'];

/** A rule being edited: the text may give no day ("định kỳ hằng tháng báo cáo"), which the office then picks. */
export interface RecurrenceValue {
  every: Every;
  day: number | null;
  until: string | null;
}

/**
 * How often a recurring task falls due and on which day: every week on a weekday (1 Monday … 7 Sunday), or every
 * month, quarter or year on a day of its last month. Switching between weeks and the longer periods clears a day the
 * new period cannot take, so a "thứ Sáu" never becomes "ngày 5".
 */
export function RecurrenceInput({
  value = { every: 'month', day: null, until: null },
  onChange = () => undefined,
  label,
  stacked = false,
}: {
  /** Given by the form item when inside one. */
  value?: RecurrenceValue;
  onChange?: (value: RecurrenceValue) => void;
  /** Names the two fields for assistive technology ("Lặp lại 3"). */
  label: string;
  /** One field under the other, for a narrow table column. */
  stacked?: boolean;
}) {
  const { t } = useTranslation();
  const weekly = value.every === 'week';
  const days = weekly ? [1, 2, 3, 4, 5, 6, 7] : Array.from({ length: 31 }, (_, i) => i + 1);
  const selects = (
    <>
      <Select<Every>
        aria-label={label}
        value={value.every}
        showSearch
        optionFilterProp="label"
        style={{ width: stacked ? '100%' : '45%' }}
        options={EVERY.map((every) => ({ value: every, label: t(`tasks.every.${every}`) }))}
        onChange={(every) => onChange({ ...value, every, day: (every === 'week') === weekly ? value.day : null })}
      />
      <Select<number>
        aria-label={`${label}: ${t('tasks.recurrenceDayPick').toLowerCase()}`}
        value={value.day ?? undefined}
        placeholder={t('tasks.recurrenceDayPlaceholder')}
        status={value.day === null ? 'warning' : undefined}
        style={{ width: stacked ? '100%' : '55%' }}
        showSearch
        optionFilterProp="label"
        options={days.map((day) => ({
          value: day,
          label: weekly ? t(`tasks.weekdays.${day}`) : t(`tasks.recurrenceDay.${value.every}`, { day }),
        }))}
        onChange={(day) => onChange({ ...value, day })}
      />
    </>
  );
  return stacked ? (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4, width: '100%' }}>{selects}</div>
  ) : (
    <Space.Compact block>{selects}</Space.Compact>
  );
}
