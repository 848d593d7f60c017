import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../lib/api/client';
import { formatDate } from '../lib/format';
import { foldedSearch } from '../lib/option-search';

/** Picks an assigning document among the latest hundred, searchable by number and summary. */
export function DocumentSelect(props: SelectProps<number>) {
  const { t } = useTranslation();
  // The options are asked for when the field is first used, or when it holds a value to name: a page's
  // filters do not add requests to its first screen.
  const [used, setUsed] = useState(false);
  const documents = useQuery({
    queryKey: ['documents', 'options'],
    queryFn: () => call(api.GET('/api/documents', { params: { query: { limit: 100 } } })),
    staleTime: 60_000,
    enabled: used || (props.value !== undefined && props.value !== null),
  });
  return (
    <Select<number>
      showSearch={foldedSearch}
      allowClear
      loading={documents.isFetching}
      options={(documents.data?.items ?? []).map((d) => ({
        value: d.id,
        label: `${d.number ?? t(`documents.kinds.${d.kind}`, { defaultValue: d.kindLabel })} (${formatDate(d.issuedOn)}) ${d.summary}`,
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
