import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** The dashboard's period filter: a date range, dd/mm/yyyy, given and returned as YYYY-MM-DD. */
export default function PeriodRangePicker({
  id,
  from,
  to,
  onChange,
  wide,
}: {
  id: string;
  from?: string;
  to?: string;
  onChange: (from: string | undefined, to: string | undefined) => void;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <DatePicker.RangePicker
      id={{ start: id }}
      format="DD/MM/YYYY"
      value={from && to ? [dayjs(from), dayjs(to)] : null}
      onChange={(range) => onChange(range?.[0]?.format('YYYY-MM-DD'), range?.[1]?.format('YYYY-MM-DD'))}
      placeholder={[t('common.from'), t('common.to')]}
      style={wide ? { width: '100%' } : undefined}
    />
  );
}
