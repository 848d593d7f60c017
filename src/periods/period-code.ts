/**
 * The code a period's frozen report is filed under: BC-2024-01 (month), BC-2024-Q1, BC-2024-H1, BC-2024 (year).
 * Without imports, so that the web client names a period as the server does.
 */
export function periodCode(period: {
  kind: 'month' | 'quarter' | 'half' | 'year';
  year: number;
  /** The month, quarter or half; not read for a year. */
  number?: number;
}): string {
  switch (period.kind) {
    case 'month':
      return `BC-${period.year}-${String(period.number).padStart(2, '0')}`;
    case 'quarter':
      return `BC-${period.year}-Q${period.number}`;
    case 'half':
      return `BC-${period.year}-H${period.number}`;
    case 'year':
      return `BC-${period.year}`;
  }
}
