import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../lib/api/client';
import { foldedSearch } from '../lib/option-search';

export const leadersQuery = {
  queryKey: ['leaders'],
  queryFn: () => call(api.GET('/api/leaders')),
  staleTime: 5 * 60_000,
};

/** Picks the leader in charge of a task (lãnh đạo chỉ đạo) among the active leader accounts, the chairman first. */
export function LeaderSelect(props: SelectProps<number>) {
  const { t } = useTranslation();
  const leaders = useQuery(leadersQuery);
  return (
    <Select<number>
      showSearch={foldedSearch}
      allowClear
      loading={leaders.isPending}
      options={(leaders.data ?? []).map((l) => ({
        value: l.id,
        label: l.leaderTitle ? `${t(`tasks.leaderTitles.${l.leaderTitle}`)} ${l.fullName}` : l.fullName,
      }))}
      {...props}
    />
  );
}
