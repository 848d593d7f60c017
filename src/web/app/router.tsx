import { Button, Result } from 'antd';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, useRouteError } from 'react-router';
import type { QueryKey } from '@tanstack/react-query';
import { meQuery, RequireAuth } from './auth';
import { dashboardFilter, overdueQuery, summaryQuery, unitsQuery } from '../features/dashboard/summary-query';
import {
  attendeesQuery,
  carriedOverQuery,
  reportsQuery,
  sessionQuery,
  sessionTasksQuery,
} from '../features/sessions/session-queries';
import { apiQueryOf, readQuery } from '../features/tasks/task-list-query';
import { departmentsQuery, taskListQuery } from '../lib/api/queries';
import { taskPageQueries } from '../features/tasks/task-queries';
import { queryClient } from '../lib/query-client';
import { AppLayout } from './layout';

/**
 * Requests a page's data as the navigation starts, together with the session check and the page's chunk,
 * rather than once the session check has answered and the chunk has run; the page finds the requests in
 * flight (or answered). Nothing waits for them: the loader returns at once, and a request refused because the
 * session has ended is the page's to report, as it would be without this.
 */
function prefetch(...queries: { queryKey: QueryKey; queryFn: () => Promise<unknown>; staleTime?: number }[]): null {
  for (const query of queries) void queryClient.prefetchQuery(query);
  return null;
}

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
    // The session check and the unit names nearly every page shows.
    loader: () => prefetch(meQuery, departmentsQuery),
    children: [
      {
        index: true,
        loader: ({ request }) => {
          const filter = dashboardFilter(new URL(request.url).searchParams);
          // The per-unit figures are not a department user's: asked for once the session check says who it is.
          void queryClient
            .fetchQuery(meQuery)
            .then((me) => me && me.role !== 'department' && prefetch(unitsQuery(filter)))
            .catch(() => undefined);
          return prefetch(summaryQuery(filter), overdueQuery(filter));
        },
        lazy: page(() => import('../features/dashboard/dashboard-page')),
      },
      { path: 'inbox', lazy: page(() => import('../features/inbox/inbox-page')) },
      { path: 'my-unit', lazy: page(() => import('../features/tasks/my-unit-page')) },
      {
        path: 'tasks',
        loader: ({ request }) => prefetch(taskListQuery(apiQueryOf(readQuery(new URL(request.url).searchParams)))),
        lazy: page(() => import('../features/tasks/tasks-page')),
      },
      {
        path: 'tasks/:id',
        loader: ({ params }) => (Number(params.id) > 0 ? prefetch(...taskPageQueries(Number(params.id))) : null),
        lazy: page(() => import('../features/tasks/task-page')),
      },
      { path: 'sessions', lazy: page(() => import('../features/sessions/sessions-page')) },
      {
        path: 'sessions/:id',
        loader: ({ params }) => {
          const id = Number(params.id);
          if (!(id > 0)) return null;
          return prefetch(
            sessionQuery(id),
            attendeesQuery(id),
            reportsQuery(id),
            sessionTasksQuery(id),
            carriedOverQuery(id),
          );
        },
        lazy: page(() => import('../features/sessions/session-page')),
      },
      { path: 'documents', lazy: page(() => import('../features/documents/documents-page')) },
      { path: 'documents/:id', lazy: page(() => import('../features/documents/document-page')) },
      { path: 'reports', lazy: page(() => import('../features/reports/period-report-page')) },
      { path: 'reports/frozen/:code', lazy: page(() => import('../features/reports/frozen-report-page')) },
      { path: 'indicators', lazy: page(() => import('../features/indicators/indicators-page')) },
      { path: 'admin/users', lazy: page(() => import('../features/admin/users-page')) },
      { path: 'admin/departments', lazy: page(() => import('../features/admin/departments-page')) },
      { path: 'admin/notifications', lazy: page(() => import('../features/admin/notifications-page')) },
      { path: 'admin/audit', lazy: page(() => import('../features/admin/audit-page')) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
