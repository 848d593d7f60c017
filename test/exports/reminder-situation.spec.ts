import { reminderSituation } from '../../src/exports/word/word-documents.service';

describe('the reminder letter’s account of a unit’s open tasks', () => {
  const opening =
    'Theo dõi việc thực hiện các nhiệm vụ được Chủ tịch, các Phó Chủ tịch UBND tỉnh giao, tính đến ngày 03/12/2026, ' +
    'Sở Văn hóa, Thể thao và Du lịch';

  it.each([
    [1, 2, ' còn 1 nhiệm vụ quá hạn và 2 nhiệm vụ sắp đến hạn chưa hoàn thành, cụ thể như sau:'],
    [1, 0, ' còn 1 nhiệm vụ quá hạn chưa hoàn thành, cụ thể như sau:'],
    [0, 3, ' còn 3 nhiệm vụ sắp đến hạn chưa hoàn thành, cụ thể như sau:'],
  ])('with %i overdue and %i due soon, names only the counts it has', (overdue, dueSoon, rest) => {
    expect(reminderSituation('Sở Văn hóa, Thể thao và Du lịch', '2026-12-03', overdue, dueSoon)).toBe(opening + rest);
  });
});
