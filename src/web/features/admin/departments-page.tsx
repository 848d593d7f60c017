import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Select, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/auth';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../lib/format';
import { LoadError } from '../../components/query-state';
import { api, call, type Schemas } from '../../lib/api/client';
import { useDepartments, type Department } from '../../lib/api/queries';
import { showApiErrors } from '../../lib/forms';
import { SuccessionModal } from './succession-modal';
import { UnitFilesModal } from './unit-files';
import { ResponsiveTable } from '../../components/responsive-table';

const KINDS = ['department', 'district', 'agency', 'commune', 'other'] as const;

function DepartmentForm({ department, onClose }: { department: Department | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: Schemas['CreateDepartmentDto'] & { emailText?: string }) => {
      const { emailText, ...rest } = v;
      const body = { ...rest, emails: (emailText ?? '').split(/[\s,;]+/).filter(Boolean) };
      return department
        ? call(api.PATCH('/api/departments/{id}', { params: { path: { id: department.id } }, body }))
        : call(api.POST('/api/departments', { body }));
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['departments'] });
      onClose();
    },
    onError: (error) => setProblem(showApiErrors(form, error, t)),
  });
  const req = (field: string) => [
    { required: true, whitespace: true, message: t('common.required', { field: field.toLowerCase() }) },
  ];
  return (
    <Modal
      open
      title={department ? t('admin.editDepartment') : t('admin.addDepartment')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={
          department ? { ...department, emailText: department.emails.join(', ') } : { kind: 'department', active: true }
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="code" label={t('admin.code')} rules={req(t('admin.code'))}>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('admin.name')} rules={req(t('admin.name'))}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('admin.kind')}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`admin.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="emailText" label={t('admin.emails')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="active" label={t('admin.active')} valuePropName="checked">
          <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function DepartmentsPage() {
  const { t } = useTranslation();
  const departments = useDepartments();
  const [editing, setEditing] = useState<Department | null | undefined>(undefined);
  const [files, setFiles] = useState<Department | null>(null);
  const [merging, setMerging] = useState<Department | null>(null);
  // The office comes here for a unit's reminder letter and calendar address, and records mergers;
  // only the admin edits units.
  const role = useUser().role;
  const admin = role === 'admin';
  const office = admin || role === 'office';
  return (
    <>
      <PageHeader
        title={t('admin.departments')}
        extra={
          admin && (
            <Button type="primary" onClick={() => setEditing(null)}>
              {t('admin.addDepartment')}
            </Button>
          )
        }
      />
      {departments.isError ? (
        <LoadError error={departments.error} />
      ) : (
        <ResponsiveTable<Department>
          rowKey="id"
          loading={departments.isPending}
          dataSource={departments.departments}
          // The name, the one column without a width, keeps at least 190 px of the 1,080 (200 for the office).
          scroll={{ x: 1080 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('admin.code'), dataIndex: 'code', width: 120 },
            { title: t('admin.name'), dataIndex: 'name' },
            { title: t('admin.kind'), dataIndex: 'kind', width: 150, render: (k: string) => t(`admin.kinds.${k}`) },
            { title: t('admin.emails'), dataIndex: 'emails', width: 220, render: (e: string[]) => e.join(', ') },
            {
              title: t('admin.active'),
              dataIndex: 'active',
              width: 150,
              // A merged unit's tag names its successor and the date: it wraps within the column rather than
              // widening it at the name's expense.
              render: (a: boolean, d) =>
                d.successorId !== null ? (
                  <Tag color="purple" style={{ whiteSpace: 'normal' }}>
                    {t('succession.mergedInto', {
                      name: departments.byId.get(d.successorId)?.name ?? `#${d.successorId}`,
                      date: formatDate(d.succeededOn),
                    })}
                  </Tag>
                ) : (
                  <Tag color={a ? 'green' : 'default'}>{a ? t('common.active') : t('common.inactive')}</Tag>
                ),
            },
            {
              title: t('common.actions'),
              // Two buttons on one line for the office; the admin's three, with "Sửa", take two.
              width: admin ? 250 : 240,
              render: (_, d) => (
                <Space size="small" wrap>
                  {admin && (
                    <Button size="small" onClick={() => setEditing(d)} aria-label={`${t('common.edit')} ${d.name}`}>
                      {t('common.edit')}
                    </Button>
                  )}
                  <Button size="small" onClick={() => setFiles(d)} aria-label={`${t('unitFiles.open')} ${d.name}`}>
                    {t('unitFiles.open')}
                  </Button>
                  {office && d.successorId === null && (
                    <Button
                      size="small"
                      onClick={() => setMerging(d)}
                      aria-label={`${t('succession.action')} ${d.name}`}
                    >
                      {t('succession.action')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      {editing !== undefined && <DepartmentForm department={editing} onClose={() => setEditing(undefined)} />}
      {files && <UnitFilesModal department={files} onClose={() => setFiles(null)} />}
      {merging && (
        <SuccessionModal department={merging} departments={departments.departments} onClose={() => setMerging(null)} />
      )}
    </>
  );
}
