/** The period report as the periods service answers it, with its classified task rows (CONTRACT.md, "Periods"). */
export type { Figures as PeriodFigures, PeriodGroup as PeriodTaskGroup } from '../../periods/period-figures';
export type {
  PeriodReportWithTasks as PeriodReportData,
  PeriodTaskRow,
  UnitFigures as PeriodUnitFigures,
} from '../../periods/periods.service';
