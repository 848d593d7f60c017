/**
 * What an audit entry changed, field by field, as the log page lists it: for an edit the fields whose values differ,
 * for a creation or a deletion the fields the record held. The service's own bookkeeping (ids, timestamps of the row,
 * version counters, instants that repeat a date) is left out: a clerk reads what people changed.
 */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Columns that say nothing a person changed, or repeat another in another form (dueAt beside dueDate). */
const BOOKKEEPING = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'version',
  'deadlineVersion',
  'completedDayStartAt',
  'dueAt',
  'previousDueAt',
  'requestedDueAt',
  'taskId',
  'occurrenceId',
  'authorId',
  'requestedById',
  'frozenById',
  'forwardedById',
  'decidedById',
]);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function fieldChanges(entry: {
  action: 'create' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}): FieldChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !BOOKKEEPING.has(f));
  if (entry.action === 'update') {
    return fields
      .filter((f) => !same(before[f], after[f]))
      .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
  }
  const held = entry.action === 'create' ? after : before;
  return fields
    .filter((f) => held[f] !== null && held[f] !== undefined && held[f] !== '' && !same(held[f], []))
    .map((field) =>
      entry.action === 'create'
        ? { field, before: null, after: held[field] }
        : { field, before: held[field], after: null },
    );
}
