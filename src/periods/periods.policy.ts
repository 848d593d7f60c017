import { Actor, isDepartmentActor } from '../common/auth/actor';
import type { PeriodReportWithRows } from './periods.service';

/**
 * Row rules of period reports. Every role reads reports; the office freezes them
 * (said on the route). A department reads its own unit's figures and rows.
 */

/**
 * The one unit whose figures the actor reads; null when it reads every unit's.
 * A department user without a department reads unit 0, which is none.
 */
export function ownUnitOf(actor: Actor): number | null {
  return isDepartmentActor(actor) ? (actor.departmentId ?? 0) : null;
}

/** A department sees its own unit row (without rank) and task rows, and the province totals. */
export function scopePeriodReport<T extends PeriodReportWithRows>(report: T, actor: Actor): T {
  const own = ownUnitOf(actor);
  if (own === null) return report;
  return {
    ...report,
    units: report.units.filter((u) => u.departmentId === own).map((u) => ({ ...u, rank: null })),
    rows: report.rows.ofLead(own),
  };
}
