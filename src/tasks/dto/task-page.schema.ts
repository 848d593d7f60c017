/**
 * The JSON schema of the task list's answer (TaskPage), for Fastify's response
 * serialiser (fast-json-stringify): it writes the page from a compiled function
 * rather than walking it with JSON.stringify. A property left out here would be
 * dropped from the answer, so every field is required and the e2e tests compare
 * the list's items with the single-task route and this schema with the OpenAPI
 * document's TaskResponse.
 */
type JsonType = 'string' | 'number' | 'integer' | 'boolean';

const value = (type: JsonType) => ({ type });
const nullable = (type: JsonType) => ({ type: [type, 'null'] });

function object(properties: Record<string, object>, isNullable = false) {
  return {
    type: isNullable ? ['object', 'null'] : 'object',
    properties,
    required: Object.keys(properties),
  };
}

export const TASK_RESPONSE_SCHEMA = object({
  id: value('integer'),
  title: value('string'),
  description: nullable('string'),
  sessionId: nullable('integer'),
  documentId: value('integer'),
  document: object({
    id: value('integer'),
    kind: value('string'),
    number: nullable('string'),
    issuedOn: value('string'),
    summary: value('string'),
  }),
  leaderId: nullable('integer'),
  leader: object({ id: value('integer'), fullName: value('string'), leaderTitle: nullable('string') }, true),
  kind: value('string'),
  leadDepartmentId: value('integer'),
  supportDepartmentIds: { type: 'array', items: value('integer') },
  dueDate: nullable('string'),
  dueAt: nullable('string'),
  workingDays: nullable('integer'),
  recurrence: object({ every: value('string'), day: value('integer'), until: nullable('string') }, true),
  originalDueDate: nullable('string'),
  extensionCount: value('integer'),
  isKey: value('boolean'),
  progressPercent: value('number'),
  status: value('string'),
  statusLabel: value('string'),
  allowedActions: { type: 'array', items: value('string') },
  completedOn: nullable('string'),
  result: nullable('string'),
  resultDocument: object({ number: nullable('string'), issuedOn: nullable('string') }, true),
  difficulties: nullable('string'),
  completedAt: nullable('string'),
  confirmedAt: nullable('string'),
  cancelledAt: nullable('string'),
  cancelReason: nullable('string'),
  deadlineVersion: value('integer'),
  version: value('integer'),
  createdAt: value('string'),
  updatedAt: value('string'),
});

export const TASK_PAGE_SCHEMA = object({
  items: { type: 'array', items: TASK_RESPONSE_SCHEMA },
  total: value('integer'),
  page: value('integer'),
  limit: value('integer'),
});
