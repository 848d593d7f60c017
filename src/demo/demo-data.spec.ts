import { TASK_STATUSES } from '../tasks/task-status';
import { DEMO_DEPARTMENTS } from './demo-departments';
import { BUDGET_REVENUE_SENTENCE, DEMO_ATTENDEES, DEMO_REPORTS, DEMO_SESSION } from './demo-session';
import { DEMO_TASKS } from './demo-tasks';
import { SOURCE_TEXT } from './source-text';

/** Writes a number the way the source does: "." between thousands, "," before decimals. */
function vietnamese(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

describe('demo data', () => {
  const codes = new Set(DEMO_DEPARTMENTS.map((d) => d.code));

  it('uses unique department codes, and names only departments it defines', () => {
    expect(codes.size).toBe(DEMO_DEPARTMENTS.length);
    const named = [
      ...DEMO_ATTENDEES.flatMap((a) => (a.departmentCode ? [a.departmentCode] : [])),
      ...DEMO_REPORTS.map((r) => r.departmentCode),
      ...DEMO_TASKS.flatMap((t) => [t.leadCode, ...t.supportCodes]),
    ];
    expect(named.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('takes every reported figure from the source text', () => {
    const source = Object.values(SOURCE_TEXT).join('\n');
    for (const report of DEMO_REPORTS) {
      for (const indicator of report.indicators) {
        // The index is given as a change; its value is 100 plus that change.
        const figure = indicator.unit?.startsWith('%') ? indicator.changeFromPreviousPct! : indicator.value;
        expect(source).toContain(vietnamese(figure));
        if (indicator.changeFromPreviousPct !== null)
          expect(source).toContain(`${vietnamese(indicator.changeFromPreviousPct)}%`);
        if (indicator.changeFromLastYearPct !== null)
          expect(source).toContain(`${vietnamese(indicator.changeFromLastYearPct)}%`);
      }
    }
    expect(SOURCE_TEXT.agricultureInvestmentBudget).toContain(BUDGET_REVENUE_SENTENCE);
  });

  it('keeps the text of the session word for word, with its original dates', () => {
    expect(DEMO_SESSION.minutes).toContain('tính đến hết ngày 22/01');
    expect(DEMO_SESSION.minutes).toContain('Tết Nguyên đán Giáp Thìn 2024');
    expect(DEMO_SESSION.conclusion.startsWith('Kết luận Phiên họp')).toBe(true);
    expect(DEMO_SESSION.conclusion.endsWith('an toàn, tiết kiệm.../.')).toBe(true);
  });

  it('plays out every task status of the conclusion, a pending and a decided extension request', () => {
    // No item of the conclusion is finished ten days after the session, so none awaits the office's confirmation.
    const shown = TASK_STATUSES.filter((s) => s !== 'awaiting_confirmation');
    expect(new Set(DEMO_TASKS.map((t) => t.expectedStatus))).toEqual(new Set(shown));
    expect(DEMO_TASKS.some((t) => t.extension && !t.extension.decision)).toBe(true);
    expect(DEMO_TASKS.some((t) => t.extension?.decision)).toBe(true);
    expect(new Set(DEMO_TASKS.map((t) => t.title)).size).toBe(DEMO_TASKS.length);
  });

  it('has one delegated and one absent attendee, a chair and a secretary', () => {
    expect(DEMO_ATTENDEES.filter((a) => a.attendance === 'delegated')).toHaveLength(1);
    expect(DEMO_ATTENDEES.filter((a) => a.attendance === 'absent')).toHaveLength(1);
    expect(DEMO_ATTENDEES.filter((a) => a.role === 'chair').map((a) => a.fullName)).toEqual(['Nguyễn Đăng Bình']);
    expect(DEMO_ATTENDEES.filter((a) => a.role === 'secretary')).toHaveLength(1);
    expect(new Set(DEMO_ATTENDEES.map((a) => a.fullName)).size).toBe(DEMO_ATTENDEES.length);
  });
});
