import { CopyOutlined, FileWordOutlined, SyncOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Modal, Popconfirm, Space, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/auth';
import { api, call } from '../../lib/api/client';
import { today } from '../../lib/format';
import { DownloadButton } from '../../components/download-button';
import { failureText } from '../../lib/failures';

/**
 * A unit's deadline calendar address: the feed a calendar program subscribes
 * to, with a copy button; the office can replace it (the old address then
 * answers 404), e.g. when it was passed outside the unit.
 */
export function CalendarFeed({ departmentId }: { departmentId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const client = useQueryClient();
  const key = ['department-calendar', departmentId];
  const address = useQuery({
    queryKey: key,
    queryFn: () => call(api.GET('/api/departments/{id}/calendar', { params: { path: { id: departmentId } } })),
  });
  const rotate = useMutation({
    mutationFn: () =>
      call(api.POST('/api/departments/{id}/calendar/rotate', { params: { path: { id: departmentId } } })),
    onSuccess: (data) => {
      client.setQueryData(key, data);
      void message.success(t('unitFiles.rotated'));
    },
    onError: (error: Error) => void message.error(failureText(error, t)),
  });
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('unitFiles.copied'));
    } catch {
      // Without clipboard access (plain http, or refused), the address stays selectable in the field.
      void message.info(t('unitFiles.copyByHand'));
    }
  };
  if (address.isError) return <Alert type="error" showIcon role="alert" title={failureText(address.error, t)} />;
  const url = address.data?.url ?? '';
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('unitFiles.calendarHint')}</Typography.Text>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          readOnly
          value={url}
          aria-label={t('unitFiles.calendar')}
          onFocus={(e) => e.target.select()}
          placeholder={address.isPending ? t('unitFiles.loading') : undefined}
        />
        <Button icon={<CopyOutlined />} disabled={!url} onClick={() => void copy(url)}>
          {t('unitFiles.copy')}
        </Button>
      </Space.Compact>
      {(user.role === 'office' || user.role === 'admin') && (
        <Popconfirm
          title={t('unitFiles.rotateConfirm')}
          okText={t('unitFiles.rotate')}
          cancelText={t('common.cancel')}
          onConfirm={() => rotate.mutate()}
        >
          <Button icon={<SyncOutlined />} loading={rotate.isPending} disabled={!url}>
            {t('unitFiles.rotate')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

/** The công văn đôn đốc to a unit, as its tasks stood on the chosen day. */
export function ReminderLetter({ departmentId }: { departmentId: number }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState<Dayjs>(dayjs(today()));
  return (
    <Space wrap>
      <DatePicker
        value={asOf}
        format="DD/MM/YYYY"
        allowClear={false}
        onChange={(d) => d && setAsOf(d)}
        aria-label={t('unitFiles.asOf')}
      />
      <DownloadButton
        icon={<FileWordOutlined />}
        href={`/api/departments/${departmentId}/reminder-letter.docx?asOf=${asOf.format('YYYY-MM-DD')}`}
      >
        {t('tasks.reminderLetter')}
      </DownloadButton>
    </Space>
  );
}

/** The files the office takes from a unit's row: its reminder letter and its calendar address. */
export function UnitFilesModal({
  department,
  onClose,
}: {
  department: { id: number; name: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <Modal
      open
      title={t('unitFiles.title', { name: department.name })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      destroyOnHidden
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {(user.role === 'office' || user.role === 'leader' || user.role === 'admin') && (
          <section>
            <Typography.Title level={5}>{t('unitFiles.reminder')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('unitFiles.reminderHint')}</Typography.Paragraph>
            <ReminderLetter departmentId={department.id} />
          </section>
        )}
        <section>
          <Typography.Title level={5}>{t('unitFiles.calendar')}</Typography.Title>
          <CalendarFeed departmentId={department.id} />
        </section>
      </Space>
    </Modal>
  );
}
