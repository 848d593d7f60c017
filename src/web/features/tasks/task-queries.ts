import { api, call } from '../../lib/api/client';
import { taskQuery } from '../../lib/api/queries';

/** The task page's parts: the page reads them, and its route requests them as the navigation starts. */
const path = (id: number) => ({ params: { path: { id } } });

export const progressQuery = (id: number) => ({
  queryKey: ['tasks', id, 'progress'] as const,
  queryFn: () => call(api.GET('/api/tasks/{id}/progress', { params: { path: { id }, query: { limit: 200 } } })),
});
export const deadlinesQuery = (id: number) => ({
  queryKey: ['tasks', id, 'deadlines'] as const,
  queryFn: () => call(api.GET('/api/tasks/{id}/deadlines', path(id))),
});
export const extensionsQuery = (id: number) => ({
  queryKey: ['tasks', id, 'extensions'] as const,
  queryFn: () => call(api.GET('/api/tasks/{id}/extensions', path(id))),
});
export const remindersQuery = (id: number) => ({
  queryKey: ['tasks', id, 'reminders'] as const,
  queryFn: () => call(api.GET('/api/tasks/{id}/reminders', path(id))),
});
export const historyQuery = (id: number) => ({
  queryKey: ['tasks', id, 'history'] as const,
  queryFn: () => call(api.GET('/api/tasks/{id}/history', path(id))),
});
export const attachmentsQuery = (id: number) => ({
  queryKey: ['tasks', id, 'attachments'] as const,
  queryFn: () => call(api.GET('/api/tasks/{id}/attachments', path(id))),
});

export const taskPageQueries = (id: number) => [
  taskQuery(id),
  progressQuery(id),
  deadlinesQuery(id),
  extensionsQuery(id),
  remindersQuery(id),
  historyQuery(id),
  attachmentsQuery(id),
];
