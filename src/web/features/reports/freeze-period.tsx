import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FileDoneOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/auth';
import { FormModal } from '../../components/form-modal';
import { api, call, type Schemas } from '../../lib/api/client';
import { showApiErrors, useRequired } from '../../lib/forms';
import { formatDate, formatDateTime } from '../../lib/format';
import { periodCode } from '../../../periods/period-code';

export type PeriodQuery = { kind: 'month' | 'quarter' | 'half' | 'year'; year: number; number?: number };

/**
 * Files the report of an ended period as it stands (POST /api/reports/period/freeze): the office's monthly,
 * quarterly or yearly report, which later changes to tasks no longer alter. Freezing a period again makes a new
 * revision and needs a reason. Only the office and administrators see it; a period not yet ended cannot be frozen.
 */
export function FreezePeriodButton({ period, report }: { period: PeriodQuery; report: Schemas['PeriodReportDto'] }) {
  const { t } = useTranslation();
  const { role } = useUser();
  const [open, setOpen] = useState(false);
  const code = periodCode(period);
  const revisions = useQuery({
    queryKey: ['reports', 'frozen', code],
    queryFn: () => call(api.GET('/api/reports/frozen', { params: { query: { periodCode: code, limit: 1 } } })),
    enabled: role === 'office' || role === 'admin',
  });
  if (role !== 'office' && role !== 'admin') return null;
  // The period ends with its last day in the office's time zone; the server checks it again.
  const ended = dayjs().format('YYYY-MM-DD') > report.to;
  const latest = revisions.data?.items[0];
  const button = (
    <Button icon={<FileDoneOutlined />} disabled={!ended || revisions.isPending} onClick={() => setOpen(true)}>
      {latest ? t('reports.freeze.again') : t('reports.freeze.action')}
    </Button>
  );
  return (
    <>
      {ended ? (
        button
      ) : (
        <Tooltip title={t('reports.freeze.notEnded', { to: formatDate(report.to) })}>
          {/* A disabled button gets no pointer events: the span carries the tooltip. */}
          <span tabIndex={0}>{button}</span>
        </Tooltip>
      )}
      {open && (
        <FreezeForm
          period={period}
          report={report}
          latest={latest ?? null}
          code={code}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

function FreezeForm({
  period,
  report,
  latest,
  code,
  onClose,
}: {
  period: PeriodQuery;
  report: Schemas['PeriodReportDto'];
  latest: Schemas['FrozenReportSummaryDto'] | null;
  code: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const required = useRequired();
  const [form] = Form.useForm<{ reason?: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const freeze = useMutation({
    mutationFn: (values: { reason?: string }) =>
      call(api.POST('/api/reports/period/freeze', { body: { ...period, reason: values.reason?.trim() || undefined } })),
    onSuccess: async (frozen) => {
      void message.success(t('reports.freeze.done', { code: frozen.code }));
      await client.invalidateQueries({ queryKey: ['reports'] });
      onClose();
    },
    onError: (error) => setProblem(showApiErrors(form, error, t)),
  });
  return (
    <FormModal
      title={t('reports.freeze.title', { code })}
      okText={latest ? t('reports.freeze.again') : t('reports.freeze.action')}
      form={form}
      saving={freeze.isPending}
      problem={problem}
      onClose={onClose}
      width={560}
    >
      <Typography.Paragraph>
        {t('reports.freeze.explain', { from: formatDate(report.from), to: formatDate(report.to) })}
      </Typography.Paragraph>
      {latest && (
        <Typography.Paragraph type="warning">
          {t('reports.freeze.frozenBefore', { code: latest.code, at: formatDateTime(latest.frozenAt) })}
        </Typography.Paragraph>
      )}
      <Form form={form} name="freeze" layout="vertical" onFinish={(values) => freeze.mutate(values)}>
        {latest && (
          <Form.Item name="reason" label={t('reports.freeze.reason')} rules={required(t('reports.freeze.reason'))}>
            <Input.TextArea rows={3} maxLength={2000} placeholder={t('reports.freeze.reasonHint')} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
