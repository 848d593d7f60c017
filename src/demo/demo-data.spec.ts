import { extractDirectives } from '../extraction/directive-extractor';
import { TASK_STATUSES } from '../tasks/task-status';
import { DEMO_DEPARTMENTS } from './demo-departments';
import { BUDGET_REVENUE_SENTENCE, DEMO_ATTENDEES, DEMO_REPORTS, DEMO_SESSION } from './demo-session';
import {
  DEMO_CONCLUSION_TASKS,
  DEMO_FOLLOW_UP_DOCUMENT,
  DEMO_FOLLOW_UP_TASKS,
  DEMO_RECURRING_TASK,
  DEMO_TASKS,
  demoLeaderTitle,
  officeNote,
} from './demo-tasks';
import { DEMO_USERS } from './demo-users';
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

  it('plays out every task status, a pending and a refused extension request', () => {
    expect(new Set(DEMO_TASKS.map((t) => t.expectedStatus))).toEqual(new Set(TASK_STATUSES));
    expect(DEMO_TASKS.some((t) => t.extension && !t.extension.decision)).toBe(true);
    expect(DEMO_TASKS.filter((t) => t.extension?.decision?.approve === false)).toHaveLength(1);
    expect(new Set([...DEMO_TASKS, DEMO_RECURRING_TASK].map((t) => t.title)).size).toBe(DEMO_TASKS.length + 1);
  });

  it('takes every item of the conclusion as a key task, with its text as the extractor reads it', () => {
    const departments = DEMO_DEPARTMENTS.map((d, i) => ({ id: i + 1, name: d.name }));
    const codeOf = (id: number | null) => (id === null ? null : DEMO_DEPARTMENTS[id - 1].code);
    const drafts = extractDirectives(DEMO_SESSION.conclusion, { departments, date: '2024-01-27' });
    expect(drafts.map((d) => d.description)).toEqual(DEMO_CONCLUSION_TASKS.map((t) => t.description));
    drafts.forEach((draft, i) => {
      const task = DEMO_CONCLUSION_TASKS[i];
      expect(task.isKey).toBe(draft.isKey);
      expect(task.deadlineText).toBe(draft.deadlineText);
      // Where the conclusion names the lead unit or the deadline, the task keeps it; where not, the office sets it.
      expect(task.officeSets.lead).toBe(draft.leadDepartmentId === null);
      if (draft.leadDepartmentId !== null) expect(task.leadCode).toBe(codeOf(draft.leadDepartmentId));
      expect(task.officeSets.deadline).toBe(draft.deadlineText === null);
    });
    expect(DEMO_CONCLUSION_TASKS.every((t) => t.isKey && t.source === 'conclusion')).toBe(true);
  });

  it('marks what the office decided itself, and the follow-up letter as invented', () => {
    expect(officeNote({ lead: true, deadline: true })).toBe(
      'Ghi chú của Văn phòng UBND tỉnh: văn bản giao nhiệm vụ không nêu đơn vị chủ trì và thời hạn; ' +
        'đơn vị chủ trì và thời hạn do Văn phòng UBND tỉnh xác định.',
    );
    expect(officeNote({ lead: false, deadline: false })).toBeNull();
    expect(DEMO_FOLLOW_UP_DOCUMENT.summary).toContain('văn bản giả định, lập cho dữ liệu mẫu');
    expect(DEMO_FOLLOW_UP_TASKS.every((t) => t.source === 'follow_up')).toBe(true);
    // Nothing the delegates proposed or the departments reported is a task of the conclusion.
    for (const task of DEMO_CONCLUSION_TASKS) expect(DEMO_SESSION.conclusion).toContain(task.description.slice(0, -1));
    expect(DEMO_RECURRING_TASK.recurrence).toEqual({ every: 'month', day: 20, until: null });
  });

  it('has an account for every unit that leads a demo task, and for the chairman and a vice-chairman', () => {
    const units = new Set(DEMO_USERS.flatMap((u) => (u.departmentCode ? [u.departmentCode] : [])));
    for (const task of [...DEMO_TASKS, DEMO_RECURRING_TASK]) expect(units).toContain(task.leadCode);
    expect(DEMO_USERS.filter((u) => u.leaderTitle).map((u) => u.leaderTitle)).toEqual(['chairman', 'vice_chairman']);
    // Each demo task's leader in charge oversees its sector.
    const vice = DEMO_USERS.find((u) => u.leaderTitle === 'vice_chairman')!;
    expect(
      DEMO_TASKS.filter((t) => demoLeaderTitle(t) === 'vice_chairman')
        .map((t) => t.leadCode)
        .sort(),
    ).toEqual(['SGDDT', 'SLDTBXH', 'SVHTTDL', 'SYT']);
    expect(vice.sectors).toEqual(expect.arrayContaining(['Giáo dục', 'Y tế', 'Văn hóa - xã hội']));
  });

  it('invites the tax department rather than counting it a member', () => {
    expect(DEMO_ATTENDEES.find((a) => a.departmentCode === 'CT')?.role).toBe('invited');
  });

  it('has one delegated and one absent attendee, a chair and a secretary', () => {
    expect(DEMO_ATTENDEES.filter((a) => a.attendance === 'delegated')).toHaveLength(1);
    expect(DEMO_ATTENDEES.filter((a) => a.attendance === 'absent')).toHaveLength(1);
    expect(DEMO_ATTENDEES.filter((a) => a.role === 'chair').map((a) => a.fullName)).toEqual(['Nguyễn Đăng Bình']);
    expect(DEMO_ATTENDEES.filter((a) => a.role === 'secretary')).toHaveLength(1);
    expect(new Set(DEMO_ATTENDEES.map((a) => a.fullName)).size).toBe(DEMO_ATTENDEES.length);
  });
});
