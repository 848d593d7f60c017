/**
 * The period report as the periods service answers it (CONTRACT.md, "Periods"):
 * GET /api/reports/period and the service method the Excel export calls. Rates
 * are fractions (0.9862 for 98,62 %).
 */
export interface PeriodFigures {
  total: number;
  carriedOver: number;
  assignedInPeriod: number;
  doneOnTime: number;
  doneLate: number;
  awaitingConfirmation: number;
  openWithinDeadline: number;
  openOverdue: number;
  standing: number;
  cancelled: number;
  due: number;
  completionRate: number;
  onTimeRate: number;
  overdueRate: number;
  shareDone: number;
  shareOpenWithinDeadline: number;
  shareOverdue: number;
}

export interface PeriodUnitFigures extends PeriodFigures {
  departmentId: number;
  name: string;
  score: number;
  rank: number;
}

/** Where a task stands at the period's cut-off: the groups of Phụ lục I. */
export type PeriodTaskGroup =
  | 'done_on_time'
  | 'done_late'
  | 'open_within_deadline'
  | 'open_overdue'
  | 'awaiting_confirmation'
  | 'standing'
  | 'cancelled';

/** One classified task of the period, with what Phụ lục I prints about it. */
export interface PeriodTaskRow {
  taskId: number;
  group: PeriodTaskGroup;
  document: { number: string | null; issuedOn: string; summary: string };
  leaderName: string | null;
  title: string;
  leadDepartment: string;
  supportDepartments: string[];
  /** The deadline first set (YYYY-MM-DD); null for a standing task. */
  originalDueDate: string | null;
  /** The deadline in force at the cut-off, when extensions moved it. */
  dueDate: string | null;
  extensionCount: number;
  resultDocument: string | null;
  completedOn: string | null;
  statusLabel: string;
  /** Days past the deadline: at completion for a late task, at the cut-off for an open one. */
  daysOverdue: number | null;
  /** From the latest progress report. */
  difficulties: string | null;
  note: string | null;
}

export interface PeriodReportData {
  kind: 'month' | 'quarter' | 'half' | 'year' | 'custom';
  year: number;
  number: number | null;
  from: string;
  to: string;
  cutoffAt: string;
  province: PeriodFigures;
  units: PeriodUnitFigures[];
  previous: PeriodFigures | null;
  tasks: PeriodTaskRow[];
}
