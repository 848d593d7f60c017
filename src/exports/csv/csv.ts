/** UTF-8 byte order mark: without it Excel reads a CSV file in the machine's ANSI code page and breaks Vietnamese. */
export const BOM = '\uFEFF';

/**
 * One RFC 4180 field. Text a spreadsheet would run as a formula (=, +, @, or -
 * followed by something other than a space) is prefixed with an apostrophe, so
 * that a task title cannot execute anything in the office's Excel.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^([=+@\t\r]|-\S)/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
