import { attributionInstant, cooperatingAt, DepartmentChangeFact, leadAt } from './lead-history';

const at = (iso: string) => new Date(iso);

describe('lead-history', () => {
  // Unit 1 merged into 2 on 2025-03-01, then 2 into 3 on 2025-07-01 (00:00 in Asia/Ho_Chi_Minh).
  const changes: DepartmentChangeFact[] = [
    { id: 1, role: 'lead', fromDepartmentId: 1, toDepartmentId: 2, effectiveAt: at('2025-02-28T17:00:00Z') },
    { id: 2, role: 'lead', fromDepartmentId: 2, toDepartmentId: 3, effectiveAt: at('2025-06-30T17:00:00Z') },
    { id: 3, role: 'cooperating', fromDepartmentId: 4, toDepartmentId: 5, effectiveAt: at('2025-06-30T17:00:00Z') },
    { id: 4, role: 'cooperating', fromDepartmentId: 6, toDepartmentId: null, effectiveAt: at('2025-06-30T17:00:00Z') },
  ];

  it('gives the lead in force at an instant, the last instant before a change included', () => {
    expect(leadAt(3, changes, at('2025-02-28T16:59:59.999Z'))).toBe(1);
    expect(leadAt(3, changes, at('2025-02-28T17:00:00Z'))).toBe(2);
    expect(leadAt(3, changes, at('2025-06-30T16:59:59.999Z'))).toBe(2);
    expect(leadAt(3, changes, at('2025-12-31T00:00:00Z'))).toBe(3);
    expect(leadAt(7, [], at('2020-01-01T00:00:00Z'))).toBe(7);
  });

  it('undoes later cooperating changes, a unit dropped included', () => {
    expect(cooperatingAt([5, 8], changes, at('2025-06-01T00:00:00Z')).sort()).toEqual([4, 6, 8]);
    expect(cooperatingAt([5, 8], changes, at('2025-07-02T00:00:00Z')).sort()).toEqual([5, 8]);
  });

  it('attributes at the completion when it came before the cut-off', () => {
    const cutoff = at('2025-07-14T16:59:59.999Z');
    expect(attributionInstant(at('2025-02-01T00:00:00Z'), cutoff)).toEqual(at('2025-02-01T00:00:00Z'));
    expect(attributionInstant(at('2025-08-01T00:00:00Z'), cutoff)).toEqual(cutoff);
    expect(attributionInstant(null, cutoff)).toEqual(cutoff);
  });
});
