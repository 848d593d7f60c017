import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal } from '../../components/form-modal';
import { api, call, type Schemas } from '../../lib/api/client';
import { showApiErrors, textOrNull, useRequired } from '../../lib/forms';

type Session = Schemas['SessionResponse'];

/** The kinds in the order the office picks them; `satisfies` keeps them to the API's (the generated types). */
export const DOCUMENT_KINDS = [
  'conclusion_notice',
  'official_letter',
  'decision',
  'plan',
  'directive',
  'central_document',
] as const satisfies readonly Schemas['DocumentResponse']['kind'][];

interface DocumentValues {
  kind: Schemas['CreateDocumentDto']['kind'];
  number?: string | null;
  issuedOn: Dayjs;
  issuer: string;
  signerName?: string | null;
  signerTitle?: string | null;
  summary: string;
}

/**
 * Records a document tasks are assigned under: a session's (most often its conclusion notice), or one that came
 * without a session (a letter, a decision, a plan), whose page then opens. Its date of issue is the tasks'
 * assignment date.
 */
export function DocumentForm({ session, onClose }: { session: Session | null; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const required = useRequired();
  const [form] = Form.useForm<DocumentValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: DocumentValues) =>
      call(
        api.POST('/api/documents', {
          body: {
            kind: v.kind,
            number: textOrNull(v.number),
            issuedOn: v.issuedOn.format('YYYY-MM-DD'),
            issuer: v.issuer,
            signerName: textOrNull(v.signerName),
            signerTitle: textOrNull(v.signerTitle),
            summary: v.summary,
            sessionId: session?.id ?? null,
          },
        }),
      ),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ['documents'] });
      onClose();
      if (!session) await navigate(`/documents/${created.id}`);
    },
    onError: (error) => setProblem(showApiErrors(form, error, t)),
  });
  return (
    <FormModal
      title={session ? t('documents.form.addOfSession') : t('documents.form.add')}
      form={form}
      saving={save.isPending}
      problem={problem}
      onClose={onClose}
      width={720}
    >
      <Form
        form={form}
        name="document"
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={
          session
            ? {
                kind: 'conclusion_notice',
                number: session.noticeNumber,
                issuedOn: session.noticeDate ? dayjs(session.noticeDate) : dayjs().startOf('day'),
                summary: t('documents.form.summaryOf', { title: session.title }),
                signerName: session.chairedBy?.split(',')[0]?.trim() || null,
              }
            : { kind: 'official_letter', issuedOn: dayjs().startOf('day') }
        }
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t('documents.kind')}>
              <Select options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={6}>
            <Form.Item name="number" label={t('documents.number')} extra={t('documents.form.numberHint')}>
              <Input placeholder="18/TB-UBND" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={6}>
            <Form.Item
              name="issuedOn"
              label={t('documents.issuedOn')}
              rules={required(t('documents.issuedOn'), 'date')}
            >
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="issuer" label={t('documents.issuer')} rules={required(t('documents.issuer'))}>
              <Input placeholder={t('documents.form.issuerExample')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="signerName" label={t('documents.form.signerName')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="signerTitle" label={t('documents.form.signerTitle')}>
              <Input placeholder={t('documents.form.signerTitleExample')} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="summary" label={t('documents.summary')} rules={required(t('documents.summary'))}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
