// Calendar days as ISO text ("2026-11-26"): JSON-safe, comparable with < and free of time zones.

/** A calendar day written YYYY-MM-DD. Two days compare correctly as strings. */
export type IsoDate = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * The ISO day for a year, month (1–12) and day, or undefined when no such day exists.
 * @example isoDate(2026, 11, 26) === '2026-11-26'
 * @example isoDate(2026, 2, 30) === undefined
 */
export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (![year, month, day].every(Number.isInteger)) return undefined;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** True for text that is a real day written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DAY.exec(value);
  return match !== null && isoDate(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

/**
 * Whole days from one day to another (negative when `to` is earlier).
 * @example daysBetween('2026-11-26', '2026-12-01') === 5
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcTime(to) - utcTime(from)) / MS_PER_DAY);
}

/**
 * The day `days` after (or before, when negative) a day.
 * @example addDays('2026-12-30', 3) === '2027-01-02'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const shifted = new Date(utcTime(date) + days * MS_PER_DAY);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

function utcTime(date: IsoDate): number {
  const match = ISO_DAY.exec(date);
  if (match === null) throw new RangeError(`not an ISO day: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
