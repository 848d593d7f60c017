import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, call, type Schemas } from './client';
import type { operations } from './schema';

/** Task as the API answers it; the tracking model's fields are optional until every server has them. */
export type Task = Schemas['TaskResponse'] & {
  statusLabel?: string;
  allowedActions?: TaskAction[];
  documentId?: number;
  document?: { id: number; kind: string; number: string | null; issuedOn: string; summary: string } | null;
  leaderId?: number | null;
  leader?: { id: number; fullName: string; leaderTitle: string | null } | null;
  kind?: 'deadline' | 'standing' | 'recurring';
  workingDays?: number | null;
  originalDueDate?: string | null;
  extensionCount?: number;
  completedOn?: string | null;
  confirmedAt?: string | null;
};

export type TaskAction =
  | 'progress'
  | 'complete'
  | 'note'
  | 'request_extension'
  | 'decide_extension'
  | 'forward_extension'
  | 'confirm'
  | 'return'
  | 'edit'
  | 'cancel';

export type Department = Schemas['DepartmentResponse'];

/** Every unit (the list is short: a province has a few dozen), with a lookup by id. */
export const departmentsQuery = {
  queryKey: ['departments', 'all'],
  queryFn: () => call(api.GET('/api/departments', { params: { query: { limit: 200 } } })),
  staleTime: 5 * 60_000,
};

export function useDepartments() {
  const query = useQuery(departmentsQuery);
  const byId = useMemo(() => new Map((query.data?.items ?? []).map((d) => [d.id, d])), [query.data]);
  return { ...query, departments: query.data?.items ?? [], byId };
}

/** The query options of the pages' main data: the pages read them, the routes request them ahead (router.tsx). */
export const taskQuery = (id: number) => ({
  queryKey: ['tasks', id] as const,
  queryFn: () => call(api.GET('/api/tasks/{id}', { params: { path: { id } } })) as Promise<Task>,
});

export function useTask(id: number) {
  return useQuery(taskQuery(id));
}

export type TaskQuery = NonNullable<operations['TasksController_list']['parameters']['query']>;

export const taskListQuery = (query: TaskQuery) => ({
  queryKey: ['tasks', 'list', query] as const,
  queryFn: async () => {
    const page = await call(api.GET('/api/tasks', { params: { query } }));
    return { ...page, items: page.items as Task[] };
  },
});

export function useTasks(query: TaskQuery, enabled = true) {
  return useQuery({
    ...taskListQuery(query),
    enabled,
    placeholderData: (previous) => previous,
  });
}
