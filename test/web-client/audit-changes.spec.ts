import { fieldChanges } from '../../src/web/features/admin/audit-changes';

describe('fieldChanges', () => {
  it("lists an edit's changed fields only, without the row's bookkeeping", () => {
    expect(
      fieldChanges({
        action: 'update',
        before: { id: 4, title: 'Rà soát', dueDate: '2024-02-14', dueAt: '2024-02-14T16:59:59.999Z', version: 1 },
        after: { id: 4, title: 'Rà soát', dueDate: '2024-02-29', dueAt: '2024-02-29T16:59:59.999Z', version: 2 },
      }),
    ).toEqual([{ field: 'dueDate', before: '2024-02-14', after: '2024-02-29' }]);
  });

  it('compares lists and objects by value', () => {
    expect(
      fieldChanges({
        action: 'update',
        before: { supportDepartmentIds: [3, 5], recurrence: { every: 'month', day: 20 } },
        after: { supportDepartmentIds: [3, 5, 7], recurrence: { every: 'month', day: 20 } },
      }),
    ).toEqual([{ field: 'supportDepartmentIds', before: [3, 5], after: [3, 5, 7] }]);
  });

  it('lists what a created record holds, and what a deleted one held, leaving out empty fields', () => {
    expect(
      fieldChanges({
        action: 'create',
        before: null,
        after: { id: 9, fullName: 'Nông Thị Mai', position: null, note: '', createdAt: '2024-01-25T01:00:00Z' },
      }),
    ).toEqual([{ field: 'fullName', before: null, after: 'Nông Thị Mai' }]);
    expect(
      fieldChanges({ action: 'delete', before: { id: 9, fullName: 'Nông Thị Mai', sectors: [] }, after: null }),
    ).toEqual([{ field: 'fullName', before: 'Nông Thị Mai', after: null }]);
  });
});
