import type { QueryKey } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { dashboardFilter, overdueQuery, summaryQuery, unitsQuery } from '../features/dashboard/summary-query';
import {
  attendeesQuery,
  carriedOverQuery,
  reportsQuery,
  sessionDocumentsQuery,
  sessionQuery,
  sessionTasksQuery,
} from '../features/sessions/session-queries';
import { apiQueryOf, readQuery } from '../features/tasks/task-list-query';
import { taskPageQueries } from '../features/tasks/task-queries';
import { departmentsQuery, taskListQuery } from '../lib/api/queries';
import { queryClient } from '../lib/query-client';
import { meQuery, type Me } from './session-check';

/**
 * The client's pages: where each is, the chunk that draws it, and the requests it needs. The router
 * (router.tsx) is built from this table, and the entry script (main.tsx) reads it as the page opens, before
 * React, Ant Design and the router have loaded: the server answers the session check and the page's data while
 * the browser loads and runs the rest of the client. Nothing waits for the requests here: the page finds them
 * in flight (or answered), and a request refused because the session has ended is the page's to report.
 */
export interface ClientRoute {
  /** As the router matches it under the signed-in layout: no leading slash, `:name` for a parameter, '' for `/`. */
  path: string;
  page: () => Promise<{ default: ComponentType }>;
  request?: (params: Record<string, string | undefined>, search: URLSearchParams) => void;
}

type Query = { queryKey: QueryKey; queryFn: () => Promise<unknown>; staleTime?: number };

function prefetch(...queries: Query[]): void {
  for (const query of queries) void queryClient.prefetchQuery(query);
}

/** Requests that depend on who is signed in, once the session check (requested at the same time) says who. */
function prefetchFor(user: (me: Me) => boolean, ...queries: Query[]): void {
  void queryClient
    .fetchQuery(meQuery)
    .then((me) => me && user(me) && prefetch(...queries))
    .catch(() => undefined);
}

const id = (params: Record<string, string | undefined>) => {
  const value = Number(params.id);
  return Number.isInteger(value) && value > 0 ? value : undefined;
};

export const signInRoute: ClientRoute = { path: 'sign-in', page: () => import('../features/auth/sign-in-page') };

/** The session check and the unit names nearly every page shows: requested for every page behind sign-in. */
export function requestLayoutData(): void {
  prefetch(meQuery, departmentsQuery);
}

export const pageRoutes: ClientRoute[] = [
  {
    path: '',
    page: () => import('../features/dashboard/dashboard-page'),
    request: (_params, search) => {
      const filter = dashboardFilter(search);
      prefetch(summaryQuery(filter), overdueQuery(filter));
      // The per-unit figures are not a department user's.
      prefetchFor((me) => me.role !== 'department', unitsQuery(filter));
    },
  },
  { path: 'inbox', page: () => import('../features/inbox/inbox-page') },
  { path: 'my-unit', page: () => import('../features/tasks/my-unit-page') },
  {
    path: 'tasks',
    page: () => import('../features/tasks/tasks-page'),
    request: (_params, search) => prefetch(taskListQuery(apiQueryOf(readQuery(search)))),
  },
  {
    path: 'tasks/:id',
    page: () => import('../features/tasks/task-page'),
    request: (params) => {
      const task = id(params);
      if (task) prefetch(...taskPageQueries(task));
    },
  },
  { path: 'sessions', page: () => import('../features/sessions/sessions-page') },
  {
    path: 'sessions/:id',
    page: () => import('../features/sessions/session-page'),
    request: (params) => {
      const session = id(params);
      if (!session) return;
      prefetch(
        sessionQuery(session),
        attendeesQuery(session),
        reportsQuery(session),
        sessionTasksQuery(session),
        carriedOverQuery(session),
      );
      // The office's forms on the page (assigning tasks) choose among the session's documents.
      prefetchFor((me) => me.role === 'office' || me.role === 'admin', sessionDocumentsQuery(session));
    },
  },
  { path: 'documents', page: () => import('../features/documents/documents-page') },
  { path: 'reports', page: () => import('../features/reports/period-report-page') },
  { path: 'admin/users', page: () => import('../features/admin/users-page') },
  { path: 'admin/departments', page: () => import('../features/admin/departments-page') },
  { path: 'admin/notifications', page: () => import('../features/admin/notifications-page') },
];

/** The parameters of `pathname` if it is `route`'s (segments compared as the router does: case aside). */
function matchRoute(route: ClientRoute, pathname: string): Record<string, string> | undefined {
  const pattern = route.path.split('/').filter(Boolean);
  const segments = pathname.split('/').filter(Boolean);
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of pattern.entries()) {
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(segments[i]);
    else if (part.toLowerCase() !== segments[i].toLowerCase()) return undefined;
  }
  return params;
}

/** Starts loading the page at `location` (its chunk) and its data, as the entry script runs. */
export function openPage(location: { pathname: string; search: string }): void {
  // A chunk that fails to load here is loaded again, and the failure shown, by the router.
  const load = (route: ClientRoute) => void route.page().catch(() => undefined);
  if (matchRoute(signInRoute, location.pathname)) {
    load(signInRoute);
    return;
  }
  requestLayoutData();
  for (const route of pageRoutes) {
    const params = matchRoute(route, location.pathname);
    if (!params) continue;
    load(route);
    route.request?.(params, new URLSearchParams(location.search));
    return;
  }
}
