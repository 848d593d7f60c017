/** An instant `days` days from now (negative: in the past), as ISO text. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
}

/** Today plus `days` as YYYY-MM-DD in `zone`. */
export function dateFromNow(days: number, zone = 'Asia/Ho_Chi_Minh'): string {
  const instant = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}
