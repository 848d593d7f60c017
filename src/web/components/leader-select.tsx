import { useQuery } from '@tanstack/react-query';
import { Select, Typography, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../lib/api/client';
import { leaderLabel } from '../lib/leaders';
import { foldedSearch } from '../lib/option-search';

const leadersQuery = {
  queryKey: ['leaders'],
  queryFn: () => call(api.GET('/api/leaders')),
  staleTime: 5 * 60_000,
};

/**
 * Picks the leader in charge of a task (lãnh đạo chỉ đạo) among the active leader accounts, the chairman first;
 * each option shows the sectors the leader oversees, which is how the office chooses.
 */
export function LeaderSelect(props: Omit<SelectProps<number>, 'options' | 'optionRender'>) {
  const { t } = useTranslation();
  const leaders = useQuery(leadersQuery);
  return (
    <Select<number, { value: number; label: string; sectors: string[] }>
      showSearch={foldedSearch}
      allowClear
      loading={leaders.isPending}
      options={(leaders.data ?? []).map((l) => ({ value: l.id, label: leaderLabel(t, l), sectors: l.sectors }))}
      optionRender={(option) => (
        <div style={{ whiteSpace: 'normal' }}>
          <div>{option.label}</div>
          {option.data.sectors.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {option.data.sectors.join(', ')}
            </Typography.Text>
          )}
        </div>
      )}
      {...props}
    />
  );
}
