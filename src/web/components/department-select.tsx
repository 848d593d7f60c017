import { Select, type SelectProps } from 'antd';
import { useDepartments } from '../lib/api/queries';

/** Picks one or several units by name or code; the search ignores diacritics' absence only as antd does. */
export function DepartmentSelect<V extends number | number[]>(props: SelectProps<V>) {
  const { departments, isPending } = useDepartments();
  return (
    <Select<V>
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={isPending}
      options={departments.filter((d) => d.active).map((d) => ({ value: d.id, label: `${d.name} (${d.code})` }))}
      {...props}
    />
  );
}
