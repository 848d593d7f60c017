import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../lib/api/client';
import type { Department } from '../../lib/api/queries';
import { formatDate, today } from '../../lib/format';
import { showApiErrors } from '../../lib/forms';
import { foldedSearch } from '../../lib/option-search';

interface Values {
  successorId: number;
  effectiveOn: Dayjs;
}

/**
 * Records that a unit was merged into another: the successor, the date it took
 * effect, and a confirmation, since its open tasks, accounts and reminders pass
 * to the successor at once and cannot be moved back from here.
 */
export function SuccessionModal({
  department,
  departments,
  onClose,
}: {
  department: Department;
  departments: Department[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const candidates = departments.filter((d) => d.id !== department.id && d.active && d.successorId === null);
  const succeed = useMutation({
    mutationFn: (v: Values) =>
      call(
        api.POST('/api/departments/{id}/succession', {
          params: { path: { id: department.id } },
          body: { successorId: v.successorId, effectiveOn: v.effectiveOn.format('YYYY-MM-DD') },
        }),
      ),
    onSuccess: async (result) => {
      await client.invalidateQueries({ queryKey: ['departments'] });
      await client.invalidateQueries({ queryKey: ['tasks'] });
      void message.success(
        t('succession.done', {
          name: department.name,
          successor: result.successor.name,
          tasks: result.leadTasks + result.cooperatingTasks,
          accounts: result.accounts,
        }),
      );
      onClose();
    },
    onError: (error) => setProblem(showApiErrors(form, error, t)),
  });
  const confirm = (v: Values) => {
    const successor = candidates.find((d) => d.id === v.successorId);
    modal.confirm({
      title: t('succession.confirmTitle'),
      content: t('succession.confirmText', {
        name: department.name,
        successor: successor?.name ?? '',
        date: formatDate(v.effectiveOn.format('YYYY-MM-DD')),
      }),
      okText: t('succession.submit'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => succeed.mutateAsync(v).catch(() => undefined),
    });
  };
  return (
    <Modal
      open
      title={t('succession.title', { name: department.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('succession.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={succeed.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('succession.explain')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ effectiveOn: dayjs(today()) }} onFinish={confirm}>
        <Form.Item
          name="successorId"
          label={t('succession.successor')}
          rules={[
            { required: true, message: t('common.required', { field: t('succession.successor').toLowerCase() }) },
          ]}
        >
          <Select
            showSearch={foldedSearch}
            options={candidates.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` }))}
          />
        </Form.Item>
        <Form.Item
          name="effectiveOn"
          label={t('succession.effectiveOn')}
          rules={[
            { required: true, message: t('common.required', { field: t('succession.effectiveOn').toLowerCase() }) },
          ]}
        >
          <DatePicker
            format="DD/MM/YYYY"
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(today()), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
