import type { DepartmentRole } from './entities/task-department-change.entity';

/** What lead-history needs of a task_department_changes row. */
export interface DepartmentChangeFact {
  role: DepartmentRole;
  fromDepartmentId: number;
  toDepartmentId: number | null;
  effectiveAt: Date;
  id: number;
}

const byEffect = (a: DepartmentChangeFact, b: DepartmentChangeFact) =>
  a.effectiveAt.getTime() - b.effectiveAt.getTime() || a.id - b.id;

/**
 * The instant a row of a report is attributed at: the cut-off, or the
 * completion when it was recorded before the cut-off (a task or occurrence
 * completed counts for the unit that completed it).
 */
export function attributionInstant(completedAt: Date | null, cutoffAt: Date): Date {
  return completedAt && completedAt.getTime() < cutoffAt.getTime() ? completedAt : cutoffAt;
}

/**
 * The lead unit of a task at `at`: the unit the first lead change taking effect
 * after `at` passed the task from, else the current lead.
 */
export function leadAt(currentLeadId: number, changes: readonly DepartmentChangeFact[], at: Date): number {
  const later = changes.filter((c) => c.role === 'lead' && c.effectiveAt.getTime() > at.getTime()).sort(byEffect);
  return later[0]?.fromDepartmentId ?? currentLeadId;
}

/** The cooperating units of a task at `at`: the current ones with the later changes undone, latest first. */
export function cooperatingAt(
  currentIds: readonly number[],
  changes: readonly DepartmentChangeFact[],
  at: Date,
): number[] {
  const ids = new Set(currentIds);
  const later = changes
    .filter((c) => c.role === 'cooperating' && c.effectiveAt.getTime() > at.getTime())
    .sort(byEffect)
    .reverse();
  for (const change of later) {
    if (change.toDepartmentId !== null) ids.delete(change.toDepartmentId);
    ids.add(change.fromDepartmentId);
  }
  return [...ids];
}

/**
 * leadAt in SQL, the same on SQLite and PostgreSQL: `task` is the task id
 * column, `currentLead` its leadDepartmentId column, `at` an instant expression
 * (a parameter bound through SqlDialect.instant, or an instant column).
 */
export function leadAtSql(task: string, currentLead: string, at: string): string {
  return (
    `COALESCE((SELECT "dc"."fromDepartmentId" FROM "task_department_changes" "dc"` +
    ` WHERE "dc"."taskId" = ${task} AND "dc"."role" = 'lead' AND "dc"."effectiveAt" > ${at}` +
    ` ORDER BY "dc"."effectiveAt" ASC, "dc"."id" ASC LIMIT 1), ${currentLead})`
  );
}

/** attributionInstant in SQL: `completedAt` an instant column, `cutoff` an instant parameter. */
export function attributionInstantSql(completedAt: string, cutoff: string): string {
  return `(CASE WHEN ${completedAt} IS NOT NULL AND ${completedAt} < ${cutoff} THEN ${completedAt} ELSE ${cutoff} END)`;
}
