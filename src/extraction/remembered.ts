/**
 * `compute`, a pure function of a text, answered from memory for a text it was
 * already given. Reading a conclusion asks the same questions of the same
 * clause many times over: a two-page text strips the lead of 68 distinct
 * clauses 323 times and looks for deadlines in 59 distinct pieces 94 times.
 *
 * At most `limit` answers are kept (the oldest forgotten first), so that a
 * function kept for the life of the process stays bounded. The answers are
 * frozen: a caller that changed one would change what every later caller is
 * given, and strict mode makes such a change throw instead.
 */
export function remembered<T>(compute: (text: string) => T, limit = Number.POSITIVE_INFINITY): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (answers.has(text)) return answers.get(text) as T;
    const answer = deepFreeze(compute(text));
    if (answers.size >= limit) answers.delete(answers.keys().next().value as string);
    answers.set(text, answer);
    return answer;
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
