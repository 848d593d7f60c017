import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../lib/api/client';
import { showApiErrors } from '../../lib/forms';
import { formatChange, formatFigure, formatNumber } from '../../lib/format';

type Proposed = Schemas['ProposedIndicatorResponse'];
type Report = Schemas['ReportResponse'];

/** Folded for comparison: the same indicator written with other case or spacing is one. */
const sameName = (a: string, b: string) =>
  a.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim() ===
  b.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/**
 * Reads the figures of a unit's report from its text (POST /api/reports/:id/extract-indicators, which saves
 * nothing) and lets the office keep those it checks: they are added to the report's indicators, which the session
 * page lists and GET /api/indicators/series draws across sessions. A figure given only as a change, with no value, is
 * shown but cannot be kept; one already among the report's indicators is left unchecked.
 */
export function ReportIndicators({ report }: { report: Report }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [proposed, setProposed] = useState<Proposed[] | null>(null);
  const [chosen, setChosen] = useState<number[]>([]);
  const read = useMutation({
    mutationFn: () =>
      call(api.POST('/api/reports/{id}/extract-indicators', { params: { path: { id: report.id } }, body: {} })),
    onSuccess: (answer) => {
      setProblem(null);
      setProposed(answer.items);
      setChosen(
        answer.items.flatMap((p, i) =>
          p.value !== null && !report.indicators.some((known) => sameName(known.name, p.name)) ? [i] : [],
        ),
      );
    },
    onError: (error) => setProblem(showApiErrors(null, error, t)),
  });
  const keep = useMutation({
    mutationFn: (picked: Proposed[]) =>
      call(
        api.PATCH('/api/reports/{id}', {
          params: { path: { id: report.id } },
          body: {
            indicators: [
              ...report.indicators,
              ...picked.map((p) => ({
                name: p.name,
                value: p.value as number,
                unit: p.unit,
                changeFromPreviousPct: p.changeFromPreviousPct,
                changeFromLastYearPct: p.changeFromLastYearPct,
                planPct: p.planPct,
                changeKind: p.changeKind,
                estimate: p.estimate,
              })),
            ],
          },
        }),
      ),
    onSuccess: async () => {
      setProposed(null);
      setChosen([]);
      await client.invalidateQueries({ queryKey: ['sessions', report.sessionId] });
    },
    onError: (error) => setProblem(showApiErrors(null, error, t)),
  });
  const k = 'sessions.report.read';
  return (
    <div className="no-print" style={{ marginTop: 12 }}>
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} />}
      {proposed === null ? (
        <Button onClick={() => read.mutate()} loading={read.isPending}>
          {t(`${k}.button`)}
        </Button>
      ) : proposed.length === 0 ? (
        <Space>
          <Typography.Text type="secondary">{t(`${k}.none`)}</Typography.Text>
          <Button onClick={() => setProposed(null)}>{t('common.close')}</Button>
        </Space>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t(`${k}.hint`)}</Typography.Paragraph>
          <Table<Proposed & { index: number }>
            size="small"
            rowKey="index"
            pagination={false}
            scroll={{ x: 760 }}
            dataSource={proposed.map((p, index) => ({ ...p, index }))}
            rowSelection={{
              selectedRowKeys: chosen,
              onChange: (keys) => setChosen(keys.map(Number)),
              getCheckboxProps: (p) => ({ disabled: p.value === null, 'aria-label': p.name }),
            }}
            columns={[
              {
                title: t('sessions.report.indicator'),
                dataIndex: 'name',
                render: (name: string, p) => (
                  <>
                    {name} {p.estimate && <Tag>{t(`${k}.estimate`)}</Tag>}
                  </>
                ),
              },
              {
                title: t('sessions.report.value'),
                align: 'right',
                width: 170,
                // "94,2%" as Vietnamese writes a percentage, "985.400 triệu đồng" with a space before any other unit.
                render: (_, p) => (p.value === null ? '—' : formatFigure(p.value, p.unit)),
              },
              {
                title: t('sessions.report.changeFromPrevious'),
                align: 'right',
                width: 120,
                render: (_, p) => formatChange(p.changeFromPreviousPct, p.changeKind),
              },
              {
                title: t('sessions.report.changeFromLastYear'),
                align: 'right',
                width: 120,
                render: (_, p) => formatChange(p.changeFromLastYearPct, p.changeKind),
              },
              {
                title: t('sessions.report.planPct'),
                align: 'right',
                width: 140,
                render: (_, p) => (p.planPct === null ? '—' : `${formatNumber(p.planPct, 2)}%`),
              },
            ]}
          />
          <Space style={{ marginTop: 12 }}>
            <Button
              type="primary"
              disabled={chosen.length === 0}
              loading={keep.isPending}
              onClick={() => keep.mutate(chosen.map((i) => proposed[i]))}
            >
              {t(`${k}.keep`, { count: chosen.length })}
            </Button>
            <Button onClick={() => setProposed(null)}>{t('common.cancel')}</Button>
          </Space>
        </>
      )}
    </div>
  );
}
