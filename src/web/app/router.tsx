import { Button, Result } from 'antd';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, useRouteError } from 'react-router';
import { RequireAuth } from './auth';
import { dashboardFilter, summaryQuery } from '../features/dashboard/summary-query';
import { queryClient } from '../lib/query-client';
import { AppLayout } from './layout';

/** Each page is its own chunk, loaded when first visited. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('app.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}

function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Result
      status="error"
      title={t('app.error')}
      subTitle={error instanceof Error ? error.message : String(error)}
      extra={<Button onClick={() => window.location.reload()}>{t('app.retry')}</Button>}
    />
  );
}

export const router = createBrowserRouter([
  { path: '/sign-in', lazy: page(() => import('../features/auth/sign-in-page')) },
  {
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        // The dashboard's figures are requested as the navigation starts, together with the session check and
        // the page's chunk rather than after them; the page finds the request in flight. Nothing waits for it.
        loader: ({ request }) => {
          void queryClient.prefetchQuery(summaryQuery(dashboardFilter(new URL(request.url).searchParams)));
          return null;
        },
        lazy: page(() => import('../features/dashboard/dashboard-page')),
      },
      { path: 'inbox', lazy: page(() => import('../features/inbox/inbox-page')) },
      { path: 'my-unit', lazy: page(() => import('../features/tasks/my-unit-page')) },
      { path: 'tasks', lazy: page(() => import('../features/tasks/tasks-page')) },
      { path: 'tasks/:id', lazy: page(() => import('../features/tasks/task-page')) },
      { path: 'sessions', lazy: page(() => import('../features/sessions/sessions-page')) },
      { path: 'sessions/:id', lazy: page(() => import('../features/sessions/session-page')) },
      { path: 'documents', lazy: page(() => import('../features/documents/documents-page')) },
      { path: 'reports', lazy: page(() => import('../features/reports/period-report-page')) },
      { path: 'admin/users', lazy: page(() => import('../features/admin/users-page')) },
      { path: 'admin/departments', lazy: page(() => import('../features/admin/departments-page')) },
      { path: 'admin/notifications', lazy: page(() => import('../features/admin/notifications-page')) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
