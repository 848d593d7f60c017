import type { TaskQuery } from '../../lib/api/queries';

export const STATUSES = [
  'in_progress',
  'due_soon',
  'overdue',
  'standing',
  'done_on_time',
  'done_late',
  'cancelled',
] as const;
export type Status = (typeof STATUSES)[number];
const SORTS = ['dueAt', '-dueAt', '-createdAt', 'createdAt'] as const;

/** The list's state lives in the address, so a view can be bookmarked or sent to a colleague. */
export function readQuery(params: URLSearchParams): TaskQuery & { unit?: number; unitRole?: 'lead' | 'any' } {
  const num = (key: string) => (params.get(key) ? Number(params.get(key)) : undefined);
  const unit = num('unit');
  const unitRole = params.get('unitRole') === 'lead' ? 'lead' : 'any';
  const statuses = (params.get('status') ?? '').split(',').filter((s): s is Status => STATUSES.includes(s as Status));
  const sort = params.get('sort');
  return {
    q: params.get('q') || undefined,
    status: statuses.length ? statuses : undefined,
    sessionId: num('sessionId'),
    documentId: num('documentId'),
    leaderId: num('leaderId'),
    dueFrom: params.get('dueFrom') || undefined,
    dueTo: params.get('dueTo') || undefined,
    isKey: params.get('isKey') === 'true' ? true : undefined,
    sort: SORTS.includes(sort as (typeof SORTS)[number]) ? (sort as TaskQuery['sort']) : '-createdAt',
    page: num('page') ?? 1,
    limit: num('limit') ?? 20,
    unit,
    unitRole,
    ...(unit ? (unitRole === 'lead' ? { leadDepartmentId: unit } : { departmentId: unit }) : {}),
  };
}

/** What the list asks the API: the address's filters without the form's own fields. */
export function apiQueryOf(query: ReturnType<typeof readQuery>): TaskQuery {
  const { unit: _unit, unitRole: _role, ...apiQuery } = query;
  return apiQuery;
}
