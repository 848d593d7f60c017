import {
  checkSelection,
  cutoffInstant,
  parseReportCode,
  periodCode,
  periodRange,
  previousPeriod,
  revisionCode,
} from './period-range';

describe('reporting periods (Nghị định 09/2019/NĐ-CP, Art. 12)', () => {
  it.each([
    [{ kind: 'month', year: 2024, number: 1 }, '2023-12-15', '2024-01-14'],
    [{ kind: 'month', year: 2024, number: 3 }, '2024-02-15', '2024-03-14'],
    [{ kind: 'quarter', year: 2024, number: 1 }, '2023-12-15', '2024-03-14'],
    [{ kind: 'quarter', year: 2024, number: 4 }, '2024-09-15', '2024-12-14'],
    [{ kind: 'half', year: 2024, number: 1 }, '2023-12-15', '2024-06-14'],
    [{ kind: 'half', year: 2024, number: 2 }, '2024-06-15', '2024-12-14'],
    [{ kind: 'year', year: 2024, number: 1 }, '2023-12-15', '2024-12-14'],
  ] as const)('%j runs from %s to %s with cut-off day 14', (period, from, to) => {
    expect(periodRange(period, 14)).toEqual({ from, to });
  });

  it.each([
    [{ kind: 'month', year: 2024, number: 2 }, '2024-02-01', '2024-02-29'],
    [{ kind: 'quarter', year: 2025, number: 1 }, '2025-01-01', '2025-03-31'],
    [{ kind: 'half', year: 2024, number: 2 }, '2024-07-01', '2024-12-31'],
    [{ kind: 'year', year: 2024, number: 1 }, '2024-01-01', '2024-12-31'],
  ] as const)('cut-off day 0 gives calendar periods: %j', (period, from, to) => {
    expect(periodRange(period, 0)).toEqual({ from, to });
  });

  it('consecutive months and quarters leave no gap', () => {
    for (let n = 1; n < 12; n++) {
      const a = periodRange({ kind: 'month', year: 2024, number: n }, 14);
      const b = periodRange({ kind: 'month', year: 2024, number: n + 1 }, 14);
      expect(new Date(`${a.to}T00:00:00Z`).getTime() + 86_400_000).toBe(new Date(`${b.from}T00:00:00Z`).getTime());
    }
  });

  it('names codes and revisions', () => {
    expect(periodCode({ kind: 'month', year: 2024, number: 1 })).toBe('BC-2024-01');
    expect(periodCode({ kind: 'quarter', year: 2024, number: 1 })).toBe('BC-2024-Q1');
    expect(periodCode({ kind: 'half', year: 2024, number: 1 })).toBe('BC-2024-H1');
    expect(periodCode({ kind: 'year', year: 2024, number: 1 })).toBe('BC-2024');
    expect(revisionCode('BC-2024-01', 1)).toBe('BC-2024-01');
    expect(revisionCode('BC-2024-01', 3)).toBe('BC-2024-01-r3');
    expect(parseReportCode('BC-2024-01-r2')).toEqual({ code: 'BC-2024-01', revision: 2 });
    expect(parseReportCode('BC-2024')).toEqual({ code: 'BC-2024', revision: null });
    expect(parseReportCode('BC-2024-13')).toBeNull();
    expect(parseReportCode('BC-2024-Q5')).toBeNull();
  });

  it('the previous period of January is December of the year before', () => {
    expect(previousPeriod({ kind: 'month', year: 2024, number: 1 })).toEqual({ kind: 'month', year: 2023, number: 12 });
    expect(previousPeriod({ kind: 'quarter', year: 2024, number: 3 })).toEqual({
      kind: 'quarter',
      year: 2024,
      number: 2,
    });
    expect(previousPeriod({ kind: 'year', year: 2024, number: 1 })).toEqual({ kind: 'year', year: 2023, number: 1 });
  });

  it('cuts off at the end of the last day in Asia/Ho_Chi_Minh, or now for a period not ended', () => {
    const range = { from: '2023-12-15', to: '2024-01-14' };
    expect(cutoffInstant(range, 'Asia/Ho_Chi_Minh', new Date('2025-01-01T00:00:00Z')).toISOString()).toBe(
      '2024-01-14T16:59:59.999Z',
    );
    const now = new Date('2024-01-10T03:00:00Z');
    expect(cutoffInstant(range, 'Asia/Ho_Chi_Minh', now)).toEqual(now);
  });

  it.each([
    [{ kind: 'month', year: 2024 }, 'number'],
    [{ year: 2024, number: 1 }, 'kind'],
    [{ kind: 'month', number: 1 }, 'year'],
    [{ kind: 'quarter', year: 2024, number: 5 }, 'number'],
    [{ kind: 'half', year: 2024, number: 3 }, 'number'],
    [{ from: '2024-01-01' }, 'to'],
    [{ to: '2024-01-01' }, 'from'],
    [{ from: '2024-02-01', to: '2024-01-01' }, 'to'],
    [{ kind: 'month', year: 2024, number: 1, from: '2024-01-01', to: '2024-01-31' }, 'from'],
  ])('refuses %j naming %s', (selection, field) => {
    try {
      checkSelection(selection);
      throw new Error('accepted');
    } catch (error) {
      expect((error as { getResponse(): { errors: Array<{ field: string }> } }).getResponse().errors).toEqual([
        expect.objectContaining({ field }),
      ]);
    }
  });
});
