import { useQuery } from '@tanstack/react-query';
import { DownloadOutlined } from '@ant-design/icons';
import { Descriptions, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DownloadButton } from '../../components/download-button';
import { PageHeader } from '../../components/page-header';
import { RecordLoadError } from '../../components/query-state';
import { api, call } from '../../lib/api/client';
import { formatDate, formatDateTime } from '../../lib/format';
import { PeriodFigures } from './period-figures';

/**
 * A period report as it was filed (GET /api/reports/frozen/:code): its figures at its cut-off, which later changes to
 * tasks do not alter, with who froze it, when and why; the workbook with its task rows is a download.
 */
export default function FrozenReportPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const report = useQuery({
    queryKey: ['reports', 'frozen', 'report', code],
    queryFn: () => call(api.GET('/api/reports/frozen/{code}', { params: { path: { code } } })),
  });
  if (report.isPending) return <Skeleton active />;
  if (report.isError) {
    return <RecordLoadError query={report} back={{ to: '/reports', label: t('nav.reports') }} />;
  }
  const data = report.data;
  return (
    <>
      <PageHeader
        title={t('reports.frozenTitle', { code: data.code, from: formatDate(data.from), to: formatDate(data.to) })}
        extra={
          <DownloadButton
            href={`/api/reports/frozen/${encodeURIComponent(data.code)}/report.xlsx`}
            icon={<DownloadOutlined />}
            className="no-print"
          >
            {t('reports.exportXlsx')}
          </DownloadButton>
        }
      />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'cutoff', label: t('reports.cutoffAt'), children: formatDateTime(data.cutoffAt) },
          {
            key: 'frozen',
            label: t('reports.frozenAt'),
            children: `${formatDateTime(data.frozenAt)}${data.frozenBy ? ` · ${data.frozenBy.fullName}` : ''}`,
          },
          ...(data.reason ? [{ key: 'reason', label: t('reports.freeze.reason'), children: data.reason }] : []),
          {
            key: 'back',
            label: t('reports.live'),
            children: (
              <Link
                to={`/reports?${new URLSearchParams(
                  data.kind === 'custom'
                    ? {}
                    : {
                        kind: data.kind,
                        year: String(data.year),
                        ...(data.number ? { number: String(data.number) } : {}),
                      },
                )}`}
              >
                {t('reports.liveLink')}
              </Link>
            ),
          },
        ]}
      />
      <PeriodFigures report={data} loading={false} />
    </>
  );
}
