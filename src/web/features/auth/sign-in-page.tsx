import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { signIn, useMe } from '../../app/auth';
import { ApiFailure } from '../../lib/api/client';
import { failureText } from '../../lib/failures';

/** Only paths inside the app: `next` comes from the address bar. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const me = useMe();
  const [error, setError] = useState<string | null>(params.get('expired') ? t('signIn.expired') : null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (me.data) return <Navigate to={next} replace />;

  const submit = async (values: { email: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const user = await signIn(values.email.trim(), values.password);
      client.setQueryData(['me'], user);
      await navigate(next, { replace: true });
    } catch (failure) {
      setError(
        failure instanceof ApiFailure && failure.status === 429
          ? t('signIn.tooMany')
          : failure instanceof ApiFailure && failure.status < 500
            ? t('signIn.failed')
            : failureText(failure, t),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 16, background: '#f3f4f6' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} role="alert" />}
        <Form layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false} disabled={busy}>
          <Form.Item
            name="email"
            label={t('signIn.email')}
            rules={[{ required: true, message: t('signIn.required', { field: t('signIn.email').toLowerCase() }) }]}
          >
            <Input type="email" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('signIn.password')}
            rules={[{ required: true, message: t('signIn.required', { field: t('signIn.password').toLowerCase() }) }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
