/** The period report as the periods service answers it, with its classified task rows (CONTRACT.md, "Periods"). */
export type { Figures as PeriodFigures, PeriodGroup as PeriodTaskGroup } from '../../periods/period-figures';
export type { PeriodTaskRow, UnitFigures as PeriodUnitFigures } from '../../periods/periods.service';
import type { PeriodReportWithRows, PeriodReportWithTasks } from '../../periods/periods.service';

/** A report with its rows as an array (a frozen report, a fixture) or built as they are read (a live period). */
export type PeriodReportData = PeriodReportWithTasks | PeriodReportWithRows;
