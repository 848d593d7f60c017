import type { PeriodGroup } from './period-figures';
import type { PeriodTaskRow } from './periods.service';

interface RowSource<E> {
  group(entry: E): PeriodGroup;
  leadDepartmentId(entry: E): number;
  row(entry: E): PeriodTaskRow;
}

/**
 * The classified task rows of a period, built only when they are read: the
 * Excel appendix writes them group by group and lets each row go, so that a
 * period of 100,000 tasks never holds all its printed rows at once; the JSON
 * answers and frozen reports take them as an array.
 */
export class PeriodTaskRows<E = unknown> {
  private constructor(
    private readonly entries: readonly E[],
    private readonly source: RowSource<E>,
  ) {}

  static of(rows: readonly PeriodTaskRow[]): PeriodTaskRows<PeriodTaskRow> {
    return new PeriodTaskRows(rows, {
      group: (row) => row.group,
      leadDepartmentId: (row) => row.leadDepartmentId,
      row: (row) => row,
    });
  }

  static lazy<E>(entries: readonly E[], source: RowSource<E>): PeriodTaskRows<E> {
    return new PeriodTaskRows(entries, source);
  }

  /** The rows of the tasks one unit leads. */
  ofLead(departmentId: number): PeriodTaskRows<E> {
    return new PeriodTaskRows(
      this.entries.filter((entry) => this.source.leadDepartmentId(entry) === departmentId),
      this.source,
    );
  }

  count(group: PeriodGroup): number {
    let count = 0;
    for (const entry of this.entries) if (this.source.group(entry) === group) count++;
    return count;
  }

  *inGroup(group: PeriodGroup): Iterable<PeriodTaskRow> {
    for (const entry of this.entries) if (this.source.group(entry) === group) yield this.source.row(entry);
  }

  toArray(): PeriodTaskRow[] {
    return this.entries.map((entry) => this.source.row(entry));
  }
}
