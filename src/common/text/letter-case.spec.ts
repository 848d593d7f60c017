import { lowerFirst, upperFirst } from './letter-case';

describe('letter case of a phrase set inside a sentence', () => {
  it('lowers the first letter of a phrase and raises that of a title', () => {
    expect(lowerFirst('Bảo đảm an ninh')).toBe('bảo đảm an ninh');
    expect(upperFirst('đẩy mạnh tuyên truyền')).toBe('Đẩy mạnh tuyên truyền');
  });

  it('keeps the capitals of an abbreviation, and lowers a verb before a name', () => {
    expect(lowerFirst('UBND tỉnh chỉ đạo')).toBe('UBND tỉnh chỉ đạo');
    expect(lowerFirst('Phiên họp thường kỳ tháng 1')).toBe('phiên họp thường kỳ tháng 1');
    expect(lowerFirst('Trình Sở Xây dựng thẩm định')).toBe('trình Sở Xây dựng thẩm định');
    expect(lowerFirst('Lập Kế hoạch tiêm vét')).toBe('lập Kế hoạch tiêm vét');
  });
});
