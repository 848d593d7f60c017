import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Select, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DepartmentSelect } from '../../components/department-select';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { api, call, type Schemas } from '../../lib/api/client';
import { useDepartments } from '../../lib/api/queries';
import { showApiErrors } from '../../lib/forms';
import { ResponsiveTable } from '../../components/responsive-table';

type User = Schemas['UserResponse'];
const ROLES = ['admin', 'office', 'leader', 'department'] as const;

function UserForm({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<string | null>(null);
  const role = Form.useWatch('role', form);
  const save = useMutation({
    mutationFn: (v: Schemas['CreateUserDto']) => {
      const body = { ...v, email: v.email.trim(), departmentId: v.role === 'department' ? v.departmentId : null };
      if (user) {
        const { password, ...rest } = body;
        return call(api.PATCH('/api/users/{id}', { params: { path: { id: user.id } }, body: password ? body : rest }));
      }
      return call(api.POST('/api/users', { body }));
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['users'] });
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
      title={user ? t('admin.editUser') : t('admin.addUser')}
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
        initialValues={user ?? { role: 'department', active: true }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="fullName" label={t('admin.fullName')} rules={req(t('admin.fullName'))}>
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('admin.email')} rules={req(t('admin.email'))}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('admin.role')}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        {role === 'department' && (
          <Form.Item
            name="departmentId"
            label={t('admin.department')}
            rules={[{ required: true, message: t('common.required', { field: t('admin.department').toLowerCase() }) }]}
          >
            <DepartmentSelect<number> />
          </Form.Item>
        )}
        <Form.Item
          name="password"
          label={t('admin.password')}
          extra={user ? t('admin.passwordHint') : undefined}
          rules={user ? [] : req(t('admin.password'))}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="active" label={t('admin.active')} valuePropName="checked">
          <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function UsersPage() {
  const { t } = useTranslation();
  const { byId } = useDepartments();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const users = useQuery({
    queryKey: ['users', page],
    queryFn: async () =>
      (await call(api.GET('/api/users', { params: { query: { page, limit: 50 } } }))) as unknown as {
        items: User[];
        total: number;
      },
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <PageHeader
        title={t('admin.users')}
        extra={
          <Button type="primary" onClick={() => setEditing(null)}>
            {t('admin.addUser')}
          </Button>
        }
      />
      {users.isError ? (
        <LoadError error={users.error} />
      ) : (
        <ResponsiveTable<User>
          rowKey="id"
          loading={users.isFetching}
          dataSource={users.data?.items}
          scroll={{ x: 760 }}
          pagination={{ current: page, pageSize: 50, total: users.data?.total ?? 0, onChange: setPage }}
          columns={[
            { title: t('admin.fullName'), dataIndex: 'fullName' },
            { title: t('admin.email'), dataIndex: 'email' },
            { title: t('admin.role'), dataIndex: 'role', render: (r: string) => t(`role.${r}`) },
            {
              title: t('admin.department'),
              dataIndex: 'departmentId',
              render: (id: number | null) => (id ? byId.get(id)?.name : ''),
            },
            {
              title: t('admin.active'),
              dataIndex: 'active',
              width: 150,
              render: (a: boolean) => (
                <Tag color={a ? 'green' : 'default'}>{a ? t('common.active') : t('common.inactive')}</Tag>
              ),
            },
            {
              title: t('common.actions'),
              width: 90,
              render: (_, u) => (
                <Button size="small" onClick={() => setEditing(u)} aria-label={`${t('common.edit')} ${u.fullName}`}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      )}
      {editing !== undefined && <UserForm user={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
