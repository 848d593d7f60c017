import { DEPARTMENT_GROUPS, groupsOfAssignee } from './department-groups';

describe('groups of units', () => {
  it('puts the communes next to the districts, each kind in one group', () => {
    expect(DEPARTMENT_GROUPS.map((g) => g.name)).toEqual([
      'Các sở, ban, ngành',
      'UBND các huyện, thành phố',
      'Các xã, phường',
    ]);
    const kinds = DEPARTMENT_GROUPS.flatMap((g) => g.kinds);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it.each([
    ['UBND các huyện, thành phố', ['districts']],
    ['Chủ tịch UBND các huyện, thị xã, thành phố', ['districts']],
    ['các huyện, thành phố', ['districts']],
    ['UBND các xã, phường', ['communes']],
    ['các xã, phường, thị trấn', ['communes']],
    ['các xã, thị trấn', ['communes']],
    ['các phường, xã', ['communes']],
    ['UBND các phường', ['communes']],
    ['Chủ tịch UBND các xã', ['communes']],
    ['UBND phường', []],
    ['UBND đặc khu', []],
    ['các sở, ban, ngành, địa phương', ['departments', 'districts']],
    ['sở, ban, ngành tỉnh', ['departments']],
    ['các địa phương', ['districts']],
    ['Các Sở, ngành liên quan', ['departments']],
    ['các cơ quan, đơn vị, địa phương', ['departments', 'districts']],
    ['Các cơ quan chuyên môn thuộc UBND tỉnh', ['departments']],
    ['các ngành, địa phương', ['departments', 'districts']],
    ['các cấp, các ngành', ['departments', 'districts']],
    ['các đơn vị liên quan', []],
    ['các chủ đầu tư', []],
    ['Các cơ quan báo chí', []],
    ['UBND cấp huyện', ['districts']],
    ['UBND cấp xã', ['communes']],
    ['UBND các quận, huyện', ['districts']],
    ['các quận, huyện', ['districts']],
    ['các sở', ['departments']],
    ['các sở ngành, địa phương', ['departments', 'districts']],
    ['Giám đốc các sở', ['departments']],
    // The communes of one place.
    ['UBND các xã, phường thành phố Bắc Kạn', []],
    ['Các cơ quan chuyên môn thuộc UBND huyện', []],
    ['các cơ quan thông tấn, báo chí trên địa bàn', []],
    // Some of the class, by name: not the whole class to add.
    ['UBND các huyện: Ba Bể, Pác Nặm và Ngân Sơn', []],
  ])('reads "%s" as %j', (text, keys) => {
    expect(groupsOfAssignee(text)).toEqual(keys);
  });
});
