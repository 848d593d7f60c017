import { api, call } from '../../lib/api/client';

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
