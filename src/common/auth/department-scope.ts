/**
 * The SQL condition "the department `:param` leads or cooperates on the task
 * `alias`", for features that count tasks on the table without going through
 * the task feature (sessions, documents).
 */
export function departmentSeesTaskSql(alias: string, param: string): string {
  return (
    `("${alias}"."leadDepartmentId" = :${param} OR EXISTS (SELECT 1 FROM "task_support_departments" "s"` +
    ` WHERE "s"."taskId" = "${alias}"."id" AND "s"."departmentId" = :${param}))`
  );
}
