import { remembered } from './remembered';

describe('remembered', () => {
  it('computes the answer for a text once, and again for another text', () => {
    const asked: string[] = [];
    const length = remembered((text) => {
      asked.push(text);
      return text.length;
    });
    expect([length('Sở Y tế'), length('Sở Y tế'), length('Công an tỉnh'), length('Sở Y tế')]).toEqual([7, 7, 12, 7]);
    expect(asked).toEqual(['Sở Y tế', 'Công an tỉnh']);
  });

  it('forgets the oldest answer beyond its limit', () => {
    const asked: string[] = [];
    const upper = remembered((text) => {
      asked.push(text);
      return text.toUpperCase();
    }, 2);
    for (const text of ['a', 'b', 'c', 'b', 'a']) upper(text);
    // "a" was forgotten when "c" came, "b" was still known.
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });

  it('answers frozen values, so that no caller changes what the next is given', () => {
    const deadlines = remembered((text) => [{ deadlineText: text, recurrence: { every: 'month' } }]);
    const first = deadlines('hằng tháng');
    expect(() => first.push({ deadlineText: 'x', recurrence: { every: 'year' } })).toThrow(TypeError);
    expect(() => {
      first[0].recurrence.every = 'year';
    }).toThrow(TypeError);
    expect(deadlines('hằng tháng')).toEqual([{ deadlineText: 'hằng tháng', recurrence: { every: 'month' } }]);
  });
});
