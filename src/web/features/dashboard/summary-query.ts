import { api, call } from '../../lib/api/client';
import { taskListQuery } from '../../lib/api/queries';

export type DashboardFilter = { from?: string; to?: string; sessionId?: number };

/** The page's filters, kept in the URL. */
export function dashboardFilter(params: URLSearchParams): DashboardFilter {
  return {
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    sessionId: params.get('sessionId') ? Number(params.get('sessionId')) : undefined,
  };
}

/** The province's (or the unit's) figures: the page's main data, also requested ahead by the route (router.tsx). */
export const summaryQuery = (filter: DashboardFilter) => ({
  queryKey: ['stats', 'summary', filter],
  queryFn: () => call(api.GET('/api/stats/summary', { params: { query: filter } })),
});

/** The figures of each unit, for the chart (not asked for a department user). */
export const unitsQuery = (filter: DashboardFilter) => ({
  queryKey: ['stats', 'departments', filter],
  queryFn: () => call(api.GET('/api/stats/departments', { params: { query: { ...filter, limit: 200 } } })),
});

/** The ten tasks overdue the longest. */
export const overdueQuery = (filter: DashboardFilter) =>
  taskListQuery({ status: ['overdue'], sort: 'dueAt', limit: 10, sessionId: filter.sessionId });
