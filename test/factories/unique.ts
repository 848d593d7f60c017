import { randomBytes } from 'node:crypto';

let counter = 0;

/** A short string no other call in this process returns, for codes, titles and e-mail addresses. */
export function unique(): string {
  return `${++counter}${randomBytes(2).toString('hex')}`;
}

/** The next number of a counter shared by the factories of this process (1, 2, 3, …). */
export function sequence(): number {
  return ++counter;
}
