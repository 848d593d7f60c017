import { Select, type SelectProps } from 'antd';
import { useDepartments } from '../lib/api/queries';
import { foldedSearch } from '../lib/option-search';

/** Picks one or several units by name or code, typed with or without diacritics. */
export function DepartmentSelect<V extends number | number[]>(props: SelectProps<V>) {
  const { departments, isPending } = useDepartments();
  return (
    <Select<V>
      showSearch={foldedSearch}
      allowClear
      loading={isPending}
      options={departments.filter((d) => d.active).map((d) => ({ value: d.id, label: `${d.name} (${d.code})` }))}
      {...props}
    />
  );
}
