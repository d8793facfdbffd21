// Dates in and out of custom functions as whole days, without the spreadsheet's time zone: a custom
// function cannot ask for it, and Sheets hands a date over as midnight in that zone.

import { InputError, quoteValue } from '../../core/input-error';
import { FIRST_SERIAL, LAST_SERIAL, parseDateText } from '../cell-date';
import { isBlank } from '../cell-value';

const DAY_MS = 86_400_000;
/** Sheets' serial day 0: 1899-12-30. */
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * A date cell as a Sheets date serial (whole days since 1899-12-30), or undefined when blank.
 * A Date (midnight in the spreadsheet's zone) is read as the day it starts, for zones from
 * UTC−10 to UTC+13; a number is a serial; text is read as cell-date reads typed dates.
 * @example readSheetDay('as_of', new Date(Date.UTC(2026, 11, 1))) === 46357
 */
export function readSheetDay(arg: string, value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (value >= FIRST_SERIAL && value <= LAST_SERIAL) return Math.floor(value);
    throw new InputError('notADate', { arg, value: quoteValue(value) });
  }
  if (isBlank(value)) return undefined;
  if (isDate(value)) {
    const time = value.getTime();
    if (Number.isFinite(time)) return dayOfInstant(time);
  } else if (typeof value === 'string') {
    const iso = parseDateText(value);
    if (iso !== undefined)
      return Math.round((Date.parse(`${iso}T00:00:00Z`) - SERIAL_EPOCH_UTC) / DAY_MS);
  }
  throw new InputError('notADate', { arg, value: quoteValue(value) });
}

/**
 * True for a Date, whichever script realm made it (a Date handed over from another context fails
 * `instanceof Date`).
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * The serial day a midnight instant starts. Midnight in a zone east of UTC falls on the previous
 * UTC day, west of it on the same one: rounding with a one-hour lean reads both right.
 */
export function dayOfInstant(time: number): number {
  return Math.round((time - SERIAL_EPOCH_UTC) / DAY_MS + 1 / 24);
}

/**
 * A serial day as a cell shows a date: a Date the same whole days from `like` (a date Sheets
 * handed over, so midnight in the spreadsheet's zone), or the serial itself when there is none.
 * Days are counted as 24 hours: across a daylight-saving change the Date sits an hour off
 * midnight (a serial `like` gives an exact serial, for a date-formatted column).
 */
export function sheetDate(day: number, like: Date | undefined): Date | number {
  if (like === undefined) return day;
  return new Date(like.getTime() + (day - dayOfInstant(like.getTime())) * DAY_MS);
}
