import type { PeriodReportWithTasks } from '../../src/periods/periods.service';
import type { PeriodTaskGroup, PeriodTaskRow, PeriodUnitFigures } from '../../src/exports/excel/period-report.shape';
import { Counts, emptyCounts, withRatios } from '../../src/periods/period-figures';
import { TASK_STATUS_LABELS } from '../../src/tasks/task-status';
import { Random } from './random';
import { ACTIONS, DEPARTMENT_BODIES, DETAILS, PEOPLE, SUBJECTS } from './vocabulary';

/** Each group's status label, as the tasks feature names the status it stands for. */
const STATUS_LABELS: Record<PeriodTaskGroup, string> = {
  done_on_time: TASK_STATUS_LABELS.done_on_time,
  done_late: TASK_STATUS_LABELS.done_late,
  open_within_deadline: TASK_STATUS_LABELS.in_progress,
  open_overdue: TASK_STATUS_LABELS.overdue,
  awaiting_confirmation: TASK_STATUS_LABELS.awaiting_confirmation,
  standing: TASK_STATUS_LABELS.standing,
  cancelled: TASK_STATUS_LABELS.cancelled,
};

/** How often each group occurs, roughly as in the Government Office's reports. */
const GROUP_WEIGHTS: Array<[PeriodTaskGroup, number]> = [
  ['done_on_time', 0.5],
  ['done_late', 0.08],
  ['open_within_deadline', 0.22],
  ['open_overdue', 0.06],
  ['awaiting_confirmation', 0.04],
  ['standing', 0.08],
  ['cancelled', 0.02],
];

const DOCUMENT_KINDS = [
  {
    kind: 'conclusion_notice',
    symbol: 'TB-UBND',
    summary: 'Kết luận của Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng',
  },
  {
    kind: 'official_letter',
    symbol: 'UBND-TH',
    summary: 'V/v triển khai thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh',
  },
  { kind: 'decision', symbol: 'QĐ-UBND', summary: 'Quyết định ban hành Kế hoạch thực hiện nhiệm vụ trọng tâm' },
  { kind: 'plan', symbol: 'KH-UBND', summary: 'Kế hoạch triển khai nhiệm vụ năm' },
];

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Count = Exclude<keyof Counts, 'overdueByAge'>;
/** The counts a province adds up from its units. */
const GROUP_FIGURE_TOTALS: Record<Count, true> = {
  total: true,
  carriedOver: true,
  assignedInPeriod: true,
  doneOnTime: true,
  doneLate: true,
  awaitingConfirmation: true,
  openWithinDeadline: true,
  openOverdue: true,
  standing: true,
  cancelled: true,
  due: true,
};
const GROUP_FIGURE: Record<PeriodTaskGroup, Count> = {
  done_on_time: 'doneOnTime',
  done_late: 'doneLate',
  open_within_deadline: 'openWithinDeadline',
  open_overdue: 'openOverdue',
  awaiting_confirmation: 'awaitingConfirmation',
  standing: 'standing',
  cancelled: 'cancelled',
};

/**
 * A period report of the shape the periods service answers (month 01/2024 of
 * a province, 15/12/2023 to 14/01/2024), with `taskCount` classified tasks
 * spread over the province's units, for the Excel export's tests and benchmark.
 */
export function periodReportFixture(taskCount: number, seed = 20240114): PeriodReportWithTasks {
  const random = new Random(seed);
  const from = '2023-12-15';
  const to = '2024-01-14';
  const units = DEPARTMENT_BODIES.slice(0, 24).map((body, i) => ({ id: i + 1, code: body.code, name: body.name }));
  const figures = new Map(units.map((u) => [u.id, emptyCounts()]));
  const pickGroup = (): PeriodTaskGroup => {
    let roll = random.next();
    for (const [group, weight] of GROUP_WEIGHTS) {
      if ((roll -= weight) < 0) return group;
    }
    return 'done_on_time';
  };
  const tasks: PeriodTaskRow[] = [];
  for (let i = 0; i < taskCount; i++) {
    const unit = random.pick(units);
    const group = pickGroup();
    const carried = random.chance(0.3);
    const issuedOn = carried ? addDays(from, -random.int(20, 200)) : addDays(from, random.int(0, 25));
    const kind = random.pick(DOCUMENT_KINDS);
    const standing = group === 'standing';
    const originalDueDate = standing ? null : addDays(issuedOn, random.int(10, 60));
    const extensions = standing ? 0 : random.chance(0.1) ? random.int(1, 2) : 0;
    const dueDate = originalDueDate && extensions > 0 ? addDays(originalDueDate, 15 * extensions) : originalDueDate;
    const done = group === 'done_on_time' || group === 'done_late' || group === 'awaiting_confirmation';
    const late = group === 'done_late' ? random.int(1, 20) : 0;
    const completedOn = done && dueDate ? addDays(dueDate, group === 'done_late' ? late : -random.int(0, 9)) : null;
    const support = units.filter((u) => u !== unit && random.chance(0.08)).map((u) => u.name);
    const f = figures.get(unit.id)!;
    f.total++;
    if (carried) f.carriedOver++;
    else f.assignedInPeriod++;
    f[GROUP_FIGURE[group]]++;
    if (group !== 'standing' && group !== 'cancelled' && group !== 'open_within_deadline') f.due++;
    const leaderName = random.pick(PEOPLE);
    tasks.push({
      taskId: i + 1,
      group,
      kind: standing ? 'standing' : 'deadline',
      leader: { id: 1, fullName: leaderName, leaderTitle: 'vice_chairman' },
      leadDepartmentId: unit.id,
      supportDepartmentIds: [],
      carriedOver: carried,
      document: {
        id: i + 1,
        kind: kind.kind,
        number: `${random.int(1, 250)}/${kind.symbol}`,
        issuedOn,
        summary: `${kind.summary} ${issuedOn.slice(5, 7)}/${issuedOn.slice(0, 4)}`,
      },
      leaderName,
      title: `${random.pick(ACTIONS)} ${random.pick(SUBJECTS)}${random.chance(0.3) ? ` ${random.pick(DETAILS)}` : ''}`,
      leadDepartment: unit.name,
      supportDepartments: support,
      originalDueDate,
      dueDate,
      extensionCount: extensions,
      resultDocument: done
        ? `Báo cáo số ${random.int(1, 400)}/BC-${unit.name.startsWith('UBND') ? 'UBND' : 'S'}`
        : null,
      completedOn: completedOn && completedOn <= to ? completedOn : done ? to : null,
      statusLabel: STATUS_LABELS[group],
      daysOverdue:
        group === 'done_late'
          ? late
          : group === 'open_overdue' && dueDate
            ? Math.max(1, Math.round((Date.parse(to) - Date.parse(dueDate)) / 86_400_000))
            : null,
      difficulties:
        group === 'open_overdue' && random.chance(0.7) ? 'Chờ bố trí kinh phí; đề nghị UBND tỉnh cho gia hạn.' : null,
      note: group === 'cancelled' ? 'Theo chỉ đạo của Chủ tịch UBND tỉnh' : null,
    });
  }
  const province = emptyCounts();
  for (const f of figures.values()) {
    for (const key of Object.keys(GROUP_FIGURE_TOTALS) as Count[]) province[key] += f[key];
  }
  const unitRows: PeriodUnitFigures[] = units.map((u) => {
    const unit = withRatios(figures.get(u.id)!);
    const score = Math.round(((unit.completionRate ?? 0) * 60 + (unit.onTimeRate ?? 0) * 40) * 100) / 100;
    return { departmentId: u.id, code: u.code, name: u.name, ...unit, score, rank: 0 };
  });
  [...unitRows].sort((a, b) => (b.score ?? 0) - (a.score ?? 0)).forEach((u, i) => (u.rank = i + 1));
  return {
    kind: 'month',
    year: 2024,
    number: 1,
    from,
    to,
    cutoffAt: '2024-01-14T16:59:59.999Z',
    province: withRatios(province),
    units: unitRows,
    previous: null,
    previousCode: null,
    change: null,
    tasks,
  };
}
