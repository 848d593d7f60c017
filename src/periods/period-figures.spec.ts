import {
  addClassified,
  classifyAtCutoff,
  emptyCounts,
  parseScoreWeights,
  ranks,
  TaskAtCutoff,
  unitScore,
  withRatios,
} from './period-figures';

const cutoffAt = new Date('2024-01-14T16:59:59.999Z');
const cutoffDate = '2024-01-14';
const from = '2023-12-15';
const end = (date: string) => new Date(`${date}T16:59:59.999Z`);

const task = (overrides: Partial<TaskAtCutoff> = {}): TaskAtCutoff => ({
  kind: 'deadline',
  assignedOn: '2024-01-05',
  dueDate: '2024-01-10',
  dueAt: end('2024-01-10'),
  completedOn: null,
  confirmedAt: null,
  cancelledAt: null,
  ...overrides,
});
const confirmed = new Date('2024-01-20T00:00:00Z');
const group = (overrides: Partial<TaskAtCutoff>) => classifyAtCutoff(task(overrides), from, cutoffAt, cutoffDate).group;

describe('classification at the cut-off', () => {
  it('decides on time or late by the completion date, not when it was recorded', () => {
    expect(group({ completedOn: '2024-01-10', confirmedAt: confirmed })).toBe('done_on_time');
    expect(group({ completedOn: '2024-01-11', confirmedAt: confirmed })).toBe('done_late');
    expect(group({ completedOn: '2024-01-10' })).toBe('awaiting_confirmation');
  });

  it('a completion dated after the cut-off leaves the task open', () => {
    expect(group({ completedOn: '2024-01-15', confirmedAt: confirmed })).toBe('open_overdue');
    expect(group({ completedOn: '2024-01-15', dueDate: '2024-01-20', dueAt: end('2024-01-20') })).toBe(
      'open_within_deadline',
    );
  });

  it('a deadline on the cut-off date is due but not overdue', () => {
    const item = classifyAtCutoff(task({ dueDate: cutoffDate, dueAt: cutoffAt }), from, cutoffAt, cutoffDate);
    expect(item).toMatchObject({ group: 'open_within_deadline', due: true });
  });

  it('standing tasks stay standing, completed or not; cancellations after the cut-off do not count', () => {
    expect(
      group({ kind: 'standing', dueDate: null, dueAt: null, completedOn: '2024-01-02', confirmedAt: confirmed }),
    ).toBe('standing');
    expect(group({ cancelledAt: new Date('2024-01-12T00:00:00Z') })).toBe('cancelled');
    expect(group({ cancelledAt: new Date('2024-01-15T00:00:00Z') })).toBe('open_overdue');
  });

  it('counts days overdue at the cut-off, and at completion for a late task', () => {
    expect(classifyAtCutoff(task(), from, cutoffAt, cutoffDate).daysOverdue).toBe(4);
    expect(
      classifyAtCutoff(task({ completedOn: '2024-01-13', confirmedAt: confirmed }), from, cutoffAt, cutoffDate)
        .daysOverdue,
    ).toBe(3);
  });
});

describe('figures and ratios', () => {
  it('gives null ratios when nothing is due', () => {
    const counts = emptyCounts();
    addClassified(
      counts,
      classifyAtCutoff(task({ kind: 'standing', dueAt: null, dueDate: null }), from, cutoffAt, cutoffDate),
    );
    addClassified(
      counts,
      classifyAtCutoff(task({ dueDate: '2024-02-01', dueAt: end('2024-02-01') }), from, cutoffAt, cutoffDate),
    );
    const figures = withRatios(counts);
    expect(figures).toMatchObject({ total: 2, due: 0, standing: 1, openWithinDeadline: 1 });
    expect(figures.completionRate).toBeNull();
    expect(figures.onTimeRate).toBeNull();
    expect(figures.overdueRate).toBeNull();
    expect(figures.shareOpenWithinDeadline).toBe(1);
    expect(withRatios(emptyCounts()).shareDone).toBeNull();
  });

  it('computes the Government Office ratios unrounded', () => {
    const counts = emptyCounts();
    const add = (o: Partial<TaskAtCutoff>) =>
      addClassified(counts, classifyAtCutoff(task(o), from, cutoffAt, cutoffDate));
    add({ completedOn: '2024-01-09', confirmedAt: confirmed });
    add({ completedOn: '2024-01-12', confirmedAt: confirmed });
    add({});
    add({ dueDate: '2024-03-01', dueAt: end('2024-03-01'), assignedOn: '2023-11-01' });
    add({ dueDate: '2023-10-01', dueAt: end('2023-10-01'), assignedOn: '2023-09-01' });
    add({ cancelledAt: new Date('2024-01-01T00:00:00Z') });
    const f = withRatios(counts);
    expect(f).toMatchObject({
      total: 6,
      due: 4,
      doneOnTime: 1,
      doneLate: 1,
      openOverdue: 2,
      carriedOver: 2,
      assignedInPeriod: 4,
    });
    expect(f.completionRate).toBe(2 / 4);
    expect(f.onTimeRate).toBe(1 / 4);
    expect(f.overdueRate).toBe(2 / 4);
    expect(f.shareDone).toBe(2 / 5);
    expect(f.shareOpenWithinDeadline).toBe(1 / 5);
    expect(f.shareOverdue).toBe(2 / 5);
    expect(f.overdueByAge).toEqual({ days1to7: 1, days8to30: 0, days31to90: 0, over90: 1 });
  });

  it('scores and ranks units, ties sharing a rank', () => {
    const weights = parseScoreWeights({ completionRate: 30, onTimeRate: 50, notOverdueRate: 20 });
    const f = withRatios({ ...emptyCounts(), total: 4, due: 4, doneOnTime: 2, doneLate: 1, openOverdue: 1 });
    expect(unitScore(f, weights)).toBe(Math.round((0.75 * 30 + 0.5 * 50 + 0.75 * 20) * 100) / 100);
    expect(unitScore(withRatios(emptyCounts()), weights)).toBeNull();
    expect(ranks([80, null, 90, 80])).toEqual([2, null, 1, 2]);
    expect(() => parseScoreWeights({ onTimeRate: -1 })).toThrow('onTimeRate');
  });
});
