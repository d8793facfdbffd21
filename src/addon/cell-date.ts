// Reads a date cell as a calendar day: real dates, serial numbers and dates typed as text in the
// common ways sellers write them (2026-11-26, 2026/11/26, 11/26/2026, 26.11.2026, 2026年11月26日).

import { InputError, quoteValue } from '../core/input-error';
import { type IsoDate, isoDate } from '../core/iso-date';
import { halfWidthDigits, isBlank } from './cell-value';

/** Sheets' serial day 0 is 1899-12-30; serials between these are taken as dates (1970–2100). */
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
export const FIRST_SERIAL = 25_569;
export const LAST_SERIAL = 73_051;

// Year first: 2026-11-26, 2026/11/26, 2026.11.26, 2026年11月26日 (a time after it is ignored).
// What follows the day is checked apart (isDateTail): as part of the pattern, its spaces would be
// tried in every split, a time quadratic in the cell's length.
const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
// Year last: 11/26/2026 (month first, as Sheets writes US dates), 26/11/2026 when the first
// number cannot be a month, and 26.11.2026 / 26-11-2026 (day first, as Europe writes them).
const YEAR_LAST = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})(?:\s.*)?$/;

/**
 * A cell as an ISO day, or undefined when blank. A Date is read in the spreadsheet's time zone
 * (Sheets hands over midnight there). Anything that is not a date raises an InputError naming
 * the argument and the value.
 * @example readDate('eta', '26.11.2026', 'UTC') === '2026-11-26'
 */
export function readDate(arg: string, value: unknown, timeZone: string): IsoDate | undefined {
  if (isBlank(value)) return undefined;
  let day: IsoDate | undefined;
  if (value instanceof Date)
    day = Number.isNaN(value.getTime()) ? undefined : dayIn(value, timeZone);
  else if (typeof value === 'number') day = fromSerial(value);
  else if (typeof value === 'string') day = parseDateText(value);
  if (day === undefined) throw new InputError('notADate', { arg, value: quoteValue(value) });
  return day;
}

/**
 * A date typed as text, or undefined when the text is not one of the accepted forms or not a
 * real day.
 * @example parseDateText('2026年11月26日') === '2026-11-26'
 * @example parseDateText('11/26/2026') === '2026-11-26'
 */
export function parseDateText(text: string): IsoDate | undefined {
  const folded = halfWidthDigits(text.trim()).replace(/[\uFF0D\uFF0F\uFF0E]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  const first = YEAR_FIRST.exec(folded);
  if (first !== null && isDateTail(folded.slice(first[0].length))) {
    return isoDate(Number(first[1]), Number(first[2]), Number(first[3]));
  }
  const last = YEAR_LAST.exec(folded);
  if (last === null) return undefined;
  const a = Number(last[1]);
  const b = Number(last[3]);
  const year = Number(last[4]);
  if (last[2] === '/') return a > 12 ? isoDate(year, b, a) : isoDate(year, a, b);
  return isoDate(year, b, a);
}

/**
 * What may follow a year-first date: spaces, an optional 日, then anything set apart by a space
 * or a "T" (a time) on the same line — the pattern \s*日?(?:[\sT].*)?$ read in one pass, so a
 * long cell costs time in proportion to its length.
 */
function isDateTail(rest: string): boolean {
  const tail = rest.trimStart();
  if (tail === '') return true;
  // Spaces first: the last of them sets the rest apart, which must then stay on one line.
  if (tail.length < rest.length && !LINE_BREAK.test(tail)) return true;
  const afterMark = tail.startsWith('日') ? tail.slice(1) : tail;
  if (afterMark === '') return true;
  return /^[\sT]/.test(afterMark) && !LINE_BREAK.test(afterMark.slice(1));
}

/** Sheets' serial day number (1 = 1899-12-31) as an ISO day, when it is a plausible date. */
export function fromSerial(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial > LAST_SERIAL) return undefined;
  const date = new Date(SERIAL_EPOCH_UTC + Math.floor(serial) * 86_400_000);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day an instant falls on in a time zone (e.g. "Asia/Shanghai"). */
export function dayIn(instant: Date, timeZone: string): IsoDate {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return isoDate(part('year'), part('month'), part('day')) as IsoDate;
}
