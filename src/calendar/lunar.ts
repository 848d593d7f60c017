/**
 * The Vietnamese lunar calendar (âm lịch), computed for UTC+7.
 *
 * Algorithm: Hồ Ngọc Đức, "Thuật toán tính âm lịch" / "Computing the Vietnamese
 * lunar calendar" (2004, https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html),
 * which takes new moons and the sun's longitude from Jean Meeus, "Astronomical
 * Algorithms" (1998). A month begins on the local day of its new moon; month 11
 * holds the winter solstice; a year of 13 months repeats the first month that
 * contains no major solar term (trung khí). Local day means UTC+7, which is why
 * the Vietnamese calendar differs from the Chinese (UTC+8) one in some years
 * (Tết 1985, 2007, 2030, 2053).
 *
 * Dates are ISO calendar dates (YYYY-MM-DD); nothing here reads the server's
 * time zone. Checked for 1968–2100.
 */

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leapMonth: boolean;
  /** Can Chi name of the lunar year, e.g. "Giáp Thìn". */
  yearName: string;
}

const TIME_ZONE = 7;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, k = 0 in the series below. */
const NEW_MOON_EPOCH = 2415021.076998695;
const UNIX_EPOCH_JD = 2440588;
const DAY_MS = 86_400_000;
const DR = Math.PI / 180;

const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Julian day number of a calendar date (Gregorian). */
export function julianDay(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a date written YYYY-MM-DD: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw new RangeError(`Not an existing date: ${date}`);
  }
  return ms / DAY_MS + UNIX_EPOCH_JD;
}

/** The calendar date (YYYY-MM-DD) of a Julian day number. */
export function fromJulianDay(jd: number): string {
  return new Date((jd - UNIX_EPOCH_JD) * DAY_MS).toISOString().slice(0, 10);
}

/** Julian date (fractional, UT) of the k-th new moon after 1900-01-01 (Meeus, ch. 49, shortened). */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DR) + 0.0021 * Math.sin(2 * DR * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * DR) + 0.0161 * Math.sin(DR * 2 * mpr);
  c1 = c1 - 0.0004 * Math.sin(DR * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * f) - 0.0051 * Math.sin(DR * (m + mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (m - mpr)) + 0.0004 * Math.sin(DR * (2 * f + m));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * f - m)) - 0.0006 * Math.sin(DR * (2 * f + mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * f - mpr)) + 0.0005 * Math.sin(DR * (2 * mpr + m));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - deltaT;
}

/** The sun's apparent longitude in radians, 0 ≤ L < 2π, at Julian date `jdn` (UT). */
function sunLongitude(jdn: number): number {
  const t = (jdn - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(DR * m);
  dl += (0.019993 - 0.000101 * t) * Math.sin(DR * 2 * m) + 0.00029 * Math.sin(DR * 3 * m);
  const l = (l0 + dl) * DR;
  return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
}

/** Which of the twelve 30° sectors (0–11) the sun is in at the start of local day `dayNumber`. */
function sunSector(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

const newMoonDayCache = new Map<number, number>();

/** Julian day number of the local day of the k-th new moon. */
function newMoonDay(k: number): number {
  let day = newMoonDayCache.get(k);
  if (day === undefined) {
    day = Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    newMoonDayCache.set(k, day);
  }
  return day;
}

const month11Cache = new Map<number, number>();

/** Julian day on which month 11 (the month holding the winter solstice) of solar year `year` begins. */
function lunarMonth11(year: number): number {
  let cached = month11Cache.get(year);
  if (cached === undefined) {
    const off = julianDay(`${String(year).padStart(4, '0')}-12-31`) - 2415021;
    const k = Math.floor(off / SYNODIC_MONTH);
    cached = newMoonDay(k);
    if (sunSector(cached) >= 9) cached = newMoonDay(k - 1);
    month11Cache.set(year, cached);
  }
  return cached;
}

/**
 * In a 13-month year beginning with month 11 on day `a11`: the index (1–12) of
 * the first month without a major solar term, which is the leap month.
 */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

export function yearName(lunarYear: number): string {
  return `${CAN[(((lunarYear + 6) % 10) + 10) % 10]} ${CHI[(((lunarYear + 8) % 12) + 12) % 12]}`;
}

/** The lunar date of a calendar date. */
export function solarToLunar(date: string): LunarDate {
  const dayNumber = julianDay(date);
  const solarYear = Number(date.slice(0, 4));
  // The mean month only estimates which new moon starts the month: step to the right one.
  let k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k) > dayNumber) k--;
  while (newMoonDay(k + 1) <= dayNumber) k++;
  const monthStart = newMoonDay(k);
  let a11 = lunarMonth11(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = lunarMonth11(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = lunarMonth11(solarYear + 1);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leapMonth = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leapMonth = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day, month, year, leapMonth, yearName: yearName(year) };
}

/**
 * The calendar date of a lunar date, or null when that lunar date does not
 * exist (day 30 of a 29-day month, or a leap month the year does not have).
 */
export function lunarToSolar(day: number, month: number, year: number, leapMonth = false): string | null {
  if (![day, month, year].every(Number.isInteger) || day < 1 || day > 30 || month < 1 || month > 12) return null;
  const [a11, b11] =
    month < 11 ? [lunarMonth11(year - 1), lunarMonth11(year)] : [lunarMonth11(year), lunarMonth11(year + 1)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonthNumber = leapOff - 2;
    if (leapMonthNumber < 0) leapMonthNumber += 12;
    if (leapMonth && month !== leapMonthNumber) return null;
    if (leapMonth || off >= leapOff) off += 1;
  } else if (leapMonth) {
    return null;
  }
  const monthStart = newMoonDay(k + off);
  if (day === 30 && newMoonDay(k + off + 1) - monthStart < 30) return null;
  return fromJulianDay(monthStart + day - 1);
}

/** Tết Nguyên đán (1 Giêng) of the lunar year mostly overlapping solar year `lunarYear`. */
export function tetDate(lunarYear: number): string {
  return lunarToSolar(1, 1, lunarYear, false)!;
}
