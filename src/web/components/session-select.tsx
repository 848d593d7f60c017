import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { api, call } from '../lib/api/client';
import { formatDate } from '../lib/format';
import { foldedSearch } from '../lib/option-search';

/** Picks a session among the latest hundred, searchable by title. */
export function SessionSelect(props: SelectProps<number>) {
  // The options are asked for when the field is first used, or when it holds a value to name: a page's
  // filters do not add requests to its first screen.
  const [used, setUsed] = useState(false);
  const sessions = useQuery({
    queryKey: ['sessions', 'options'],
    queryFn: () => call(api.GET('/api/sessions', { params: { query: { limit: 100, sort: '-heldAt' } } })),
    staleTime: 60_000,
    enabled: used || (props.value !== undefined && props.value !== null),
  });
  return (
    <Select<number>
      showSearch={foldedSearch}
      allowClear
      loading={sessions.isFetching}
      options={(sessions.data?.items ?? []).map((s) => ({
        value: s.id,
        label: `${s.title} (${formatDate(s.heldAt)})`,
      }))}
      {...props}
      onFocus={(event) => {
        setUsed(true);
        props.onFocus?.(event);
      }}
      onMouseEnter={(event) => {
        setUsed(true);
        props.onMouseEnter?.(event);
      }}
    />
  );
}
