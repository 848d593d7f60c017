import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { api, call } from '../lib/api/client';
import { formatDate } from '../lib/format';

/** Picks a session among the latest hundred, searchable by title. */
export function SessionSelect(props: SelectProps<number>) {
  const sessions = useQuery({
    queryKey: ['sessions', 'options'],
    queryFn: () => call(api.GET('/api/sessions', { params: { query: { limit: 100, sort: '-heldAt' } } })),
    staleTime: 60_000,
  });
  return (
    <Select<number>
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={sessions.isPending}
      options={(sessions.data?.items ?? []).map((s) => ({
        value: s.id,
        label: `${s.title} (${formatDate(s.heldAt)})`,
      }))}
      {...props}
    />
  );
}
