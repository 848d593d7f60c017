import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { api, call } from '../lib/api/client';
import { formatDate } from '../lib/format';

/** Picks an assigning document among the latest hundred, searchable by number and summary. */
export function DocumentSelect(props: SelectProps<number>) {
  const documents = useQuery({
    queryKey: ['documents', 'options'],
    queryFn: () => call(api.GET('/api/documents', { params: { query: { limit: 100 } } })),
    staleTime: 60_000,
  });
  return (
    <Select<number>
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={documents.isPending}
      options={(documents.data?.items ?? []).map((d) => ({
        value: d.id,
        label: `${d.number ?? d.kindLabel} (${formatDate(d.issuedOn)}) ${d.summary}`,
      }))}
      {...props}
    />
  );
}
