import { DownloadOutlined, FileWordOutlined, FilterOutlined, SearchOutlined } from '@ant-design/icons';
import { Badge, Button, Checkbox, Space, Col, DatePicker, Form, Grid, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { memo, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useUser } from '../../app/auth';
import { useAfterFirstPaint } from '../../components/after-first-paint';
import { DepartmentSelect } from '../../components/department-select';
import { DocumentSelect } from '../../components/document-select';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { SessionSelect } from '../../components/session-select';
import { useTasks, type TaskQuery } from '../../lib/api/queries';
import { apiQueryOf, readQuery, STATUSES } from './task-list-query';
import { TaskTable } from './task-table';
import { DownloadButton } from '../../components/download-button';

/** The list's filters as the API reads them in an address (lists repeated: status=a&status=b), without paging. */
function searchOf(query: TaskQuery): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'page' || key === 'limit' || value === undefined || value === null) continue;
    for (const one of Array.isArray(value) ? value : [value]) search.append(key, String(one));
  }
  return search.toString();
}

/**
 * Holds a filter's place (its label, an empty box of the control's height) in the render that shows the list:
 * the selects and the date range mount once that render is painted, and the list does not move when they do.
 */
function FilterStandIn({ label }: { label: string }) {
  return (
    <div className="ant-form-item ant-form-css-var ant-form-item-vertical">
      <div className="ant-row ant-form-item-row">
        <div className="ant-col ant-form-item-label">
          <label>{label}</label>
        </div>
        <div className="ant-col ant-form-item-control">
          <div className="ant-form-item-control-input">
            <div className="ant-form-item-control-input-content">
              <div className="filter-stand-in" />
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}

/** The filter `name` of the form once `ready`, its stand-in before (see FilterStandIn). */
function DeferredFilter({
  ready,
  name,
  label,
  children,
}: {
  ready: boolean;
  name: string;
  label: string;
  children: ReactNode;
}) {
  if (!ready) return <FilterStandIn label={label} />;
  return (
    <Form.Item name={name} label={label}>
      {children}
    </Form.Item>
  );
}

type SetParams = ReturnType<typeof useSearchParams>[1];

/** The address's parameters with `values` set (empty ones removed), back on the first page unless paging. */
function withValues(
  params: URLSearchParams,
  values: Record<string, string | number | undefined | null>,
  resetPage = true,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  if (resetPage) next.delete('page');
  return next;
}

/**
 * The list's filters, a component of their own that renders again only when the address changes: each antd
 * Form.Item that renders again once mounted asks whether it is visible, which computes the page's layout in the
 * middle of React's render; the list's arrival used to render them all again before its rows could show.
 */
const TaskFilters = memo(function TaskFilters({
  params,
  setParams,
}: {
  params: URLSearchParams;
  setParams: SetParams;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const [form] = Form.useForm();
  const query = readQuery(params);
  // On a phone the filters other than the search fold under a button, so the list starts on the first screen.
  const phone = Grid.useBreakpoint().sm === false;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const controls = useAfterFirstPaint();
  const activeFilters = [
    query.status?.length,
    query.unit,
    query.sessionId,
    query.documentId,
    query.dueFrom || query.dueTo,
    query.isKey,
  ].filter(Boolean).length;
  useEffect(() => {
    form.setFieldsValue({
      q: query.q,
      status: query.status ?? [],
      unit: query.unit,
      unitRole: query.unitRole,
      sessionId: query.sessionId,
      documentId: query.documentId,
      due:
        query.dueFrom || query.dueTo
          ? [query.dueFrom ? dayjs(query.dueFrom) : null, query.dueTo ? dayjs(query.dueTo) : null]
          : null,
      isKey: query.isKey ?? false,
    });
    // Only when the address changes (back/forward, a shared link).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params]);

  const apply = (values: {
    q?: string;
    status?: string[];
    unit?: number;
    unitRole?: string;
    sessionId?: number;
    documentId?: number;
    due?: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null;
    isKey?: boolean;
  }) =>
    setParams(
      withValues(params, {
        q: values.q?.trim(),
        status: values.status?.join(','),
        unit: values.unit,
        unitRole: values.unit && values.unitRole === 'lead' ? 'lead' : undefined,
        sessionId: values.sessionId,
        documentId: values.documentId,
        dueFrom: values.due?.[0]?.format('YYYY-MM-DD'),
        dueTo: values.due?.[1]?.format('YYYY-MM-DD'),
        isKey: values.isKey ? 'true' : undefined,
      }),
    );

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={apply}
      className={`filters no-print${phone && !filtersOpen ? ' filters-folded' : ''}`}
      aria-label={t('common.search')}
    >
      <Row gutter={12} id="task-filters">
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="q" label={t('tasks.query')}>
            <Input.Search
              allowClear
              placeholder={t('tasks.queryHint')}
              // An icon, named for screen readers: a worded button left the field too narrow for its hint.
              enterButton={<Button icon={<SearchOutlined />} aria-label={t('common.search')} />}
              onSearch={() => form.submit()}
            />
          </Form.Item>
          {phone && (
            <Badge count={activeFilters} size="small" offset={[-4, 4]}>
              <Button
                icon={<FilterOutlined />}
                aria-expanded={filtersOpen}
                aria-controls="task-filters"
                onClick={() => setFiltersOpen((open) => !open)}
                style={{ marginBottom: 12 }}
              >
                {filtersOpen ? t('tasks.hideFilters') : t('tasks.showFilters')}
              </Button>
            </Badge>
          )}
        </Col>
        <Col className="filter-extra" xs={24} md={12} xl={6}>
          <DeferredFilter ready={controls} name="status" label={t('tasks.status')}>
            <Select
              mode="multiple"
              allowClear
              placeholder={t('common.all')}
              options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              onChange={() => form.submit()}
            />
          </DeferredFilter>
        </Col>
        {user.role !== 'department' && (
          <>
            <Col className="filter-extra" xs={24} sm={14} xl={7}>
              <DeferredFilter ready={controls} name="unit" label={t('tasks.unit')}>
                <DepartmentSelect<number> placeholder={t('common.all')} onChange={() => form.submit()} />
              </DeferredFilter>
            </Col>
            <Col className="filter-extra" xs={24} sm={10} xl={5}>
              <DeferredFilter ready={controls} name="unitRole" label={t('tasks.role')}>
                <Select
                  options={[
                    { value: 'any', label: t('tasks.roles.any') },
                    { value: 'lead', label: t('tasks.roles.lead') },
                  ]}
                  onChange={() => form.submit()}
                />
              </DeferredFilter>
            </Col>
          </>
        )}
        <Col className="filter-extra" xs={24} md={12} xl={6}>
          <DeferredFilter ready={controls} name="sessionId" label={t('tasks.session')}>
            <SessionSelect placeholder={t('common.all')} onChange={() => form.submit()} />
          </DeferredFilter>
        </Col>
        <Col className="filter-extra" xs={24} md={12} xl={6}>
          <DeferredFilter ready={controls} name="documentId" label={t('tasks.document')}>
            <DocumentSelect placeholder={t('common.all')} onChange={() => form.submit()} />
          </DeferredFilter>
        </Col>
        <Col className="filter-extra" xs={24} md={12} xl={6}>
          <DeferredFilter ready={controls} name="due" label={t('tasks.dueRange')}>
            <DatePicker.RangePicker
              format="DD/MM/YYYY"
              allowEmpty={[true, true]}
              placeholder={[t('common.from'), t('common.to')]}
              onChange={() => form.submit()}
              style={{ width: '100%' }}
            />
          </DeferredFilter>
        </Col>
        <Col className="filter-extra" xs={12} md={6} xl={3}>
          <Form.Item name="isKey" valuePropName="checked" label={t('tasks.isKey')}>
            <Checkbox onChange={() => form.submit()}>{t('common.yes')}</Checkbox>
          </Form.Item>
        </Col>
        <Col className="filter-extra" xs={12} md={6} xl={3}>
          <Form.Item label=" " colon={false}>
            <Button onClick={() => setParams(new URLSearchParams())}>{t('common.reset')}</Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
});

export default function TasksPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const apiQuery = apiQueryOf(query);
  const tasks = useTasks(apiQuery);

  return (
    <>
      <PageHeader
        title={t('tasks.title')}
        extra={
          <Space wrap>
            <DownloadButton href={`/api/tasks.csv?${searchOf(apiQuery)}`} icon={<DownloadOutlined />}>
              {t('tasks.exportCsv')}
            </DownloadButton>
            {query.unit && (user.role === 'office' || user.role === 'leader') && (
              <DownloadButton href={`/api/departments/${query.unit}/reminder-letter.docx`} icon={<FileWordOutlined />}>
                {t('tasks.reminderLetter')}
              </DownloadButton>
            )}
          </Space>
        }
      />
      <TaskFilters params={params} setParams={setParams} />
      {tasks.isError ? (
        <LoadError error={tasks.error} retry={() => void tasks.refetch()} />
      ) : (
        <TaskTable
          loading={tasks.isFetching}
          dataSource={tasks.data?.items}
          onChange={(pagination, _filters, sorter) => {
            const single = Array.isArray(sorter) ? sorter[0] : sorter;
            const sort = single?.order
              ? single.columnKey === 'dueAt'
                ? single.order === 'ascend'
                  ? 'dueAt'
                  : '-dueAt'
                : undefined
              : undefined;
            setParams(
              withValues(
                params,
                {
                  page: pagination.current === 1 ? undefined : pagination.current,
                  limit: pagination.pageSize === 20 ? undefined : pagination.pageSize,
                  sort:
                    sort ?? (params.get('sort')?.includes('dueAt') && !single?.order ? undefined : params.get('sort')),
                },
                false,
              ),
            );
          }}
          pagination={{
            current: query.page,
            pageSize: query.limit,
            total: tasks.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (count) => t('common.total', { count }),
          }}
          dueSort={query.sort === 'dueAt' ? 'ascend' : query.sort === '-dueAt' ? 'descend' : null}
        />
      )}
    </>
  );
}
