import { api, call } from '../../lib/api/client';
import { taskListQuery } from '../../lib/api/queries';

/** A session page's data: the page reads these, and its route requests them as the navigation starts. */
export const sessionQuery = (id: number) => ({
  queryKey: ['sessions', id] as const,
  queryFn: () => call(api.GET('/api/sessions/{id}', { params: { path: { id } } })),
});

export const attendeesQuery = (id: number) => ({
  queryKey: ['sessions', id, 'attendees'] as const,
  queryFn: () => call(api.GET('/api/sessions/{id}/attendees', { params: { path: { id }, query: { limit: 200 } } })),
});

export const reportsQuery = (id: number) => ({
  queryKey: ['sessions', id, 'reports'] as const,
  queryFn: () => call(api.GET('/api/sessions/{id}/reports', { params: { path: { id }, query: { limit: 200 } } })),
});

export const sessionTasksQuery = (id: number) => taskListQuery({ sessionId: id, limit: 200, sort: 'createdAt' });

export const carriedOverQuery = (id: number) => ({
  queryKey: ['sessions', id, 'carried-over'] as const,
  queryFn: () => call(api.GET('/api/sessions/{id}/carried-over', { params: { path: { id } } })),
});
