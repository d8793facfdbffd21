// Values as Amazon writes them in its reports: "12,131", "$12,905.25", "12.02%", "--", blanks,
// and dates as 2026-11-30T14:05:22+00:00, 11/30/2026 or 30.11.2026.

import { type IsoDate, isoDate } from '../iso-date';

/** What a report cell reads as: a value, a blank ("", "--", "N/A"), or text that is not one. */
export type ReportValue<T> =
  | { readonly kind: 'value'; readonly value: T }
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid' };

const BLANK = /^(?:|-+|—|n\/?a|null|none)$/i;
const CURRENCY = /^(?:[A-Z]{1,3}\$|US\$|[$€£¥￥₹]|[A-Z]{3}\s)|(?:\s?[A-Z]{3}|[€£¥￥₹])$/;
const PLAIN = /^\d+(?:\.\d+)?$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const EU_THOUSANDS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;

/**
 * A number as a report writes it: thousands separators, a currency sign or code, a percent sign
 * (12.02% reads 0.1202), a minus or accounting brackets, European "1.234,56".
 * @example readReportNumber('$12,905.25') // { kind: 'value', value: 12905.25 }
 * @example readReportNumber('--') // { kind: 'blank' }
 */
export function readReportNumber(text: string): ReportValue<number> {
  let rest = text.replace(/[\u00A0\u202F]/g, ' ').trim();
  if (BLANK.test(rest)) return { kind: 'blank' };
  let sign = 1;
  if (/^\(.*\)$/.test(rest)) {
    sign = -1;
    rest = rest.slice(1, -1).trim();
  }
  if (rest.startsWith('-')) {
    sign = -sign;
    rest = rest.slice(1).trim();
  }
  rest = rest.replace(CURRENCY, '').trim();
  if (rest.startsWith('-')) {
    sign = -sign;
    rest = rest.slice(1).trim();
  }
  let scale = 1;
  if (rest.endsWith('%')) {
    scale = 0.01;
    rest = rest.slice(0, -1).trim();
  }
  rest = rest.replace(/ /g, '');
  let number: number;
  if (PLAIN.test(rest)) number = Number(rest);
  else if (THOUSANDS.test(rest)) number = Number(rest.replace(/,/g, ''));
  else if (EU_THOUSANDS.test(rest)) number = Number(rest.replace(/\./g, '').replace(',', '.'));
  else if (DECIMAL_COMMA.test(rest)) number = Number(rest.replace(',', '.'));
  else return { kind: 'invalid' };
  const value = sign * number * scale;
  if (!Number.isFinite(value)) return { kind: 'invalid' };
  // 12.02% × 0.01 is 0.12019999…: keep the digits the report wrote.
  return { kind: 'value', value: scale === 1 ? value : Number(value.toPrecision(12)) };
}

// 2026-11-30, 2026/11/30, with a time and zone after it (the day is the one the report wrote).
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;
// 11/30/2026 (US, month first) or 30/11/2026 when the first cannot be a month; 30.11.2026 (EU).
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:$|[T\s,])/;

const ISO_DAY_TIME = /^\d{4}-\d{2}-\d{2}[T\s]/;
const checkedDays = new Map<string, IsoDate | null>();

/**
 * A report's date as the calendar day it names, or blank; a month ("11/2026") is invalid.
 * @example readReportDate('2026-11-30T23:59:59-08:00') // { kind: 'value', value: '2026-11-30' }
 * @example readReportDate('11/30/2026') // { kind: 'value', value: '2026-11-30' }
 */
export function readReportDate(text: string): ReportValue<IsoDate> {
  const rest = text.trim();
  // All Orders writes one date-time per line over a few days: the day's check is done once.
  const prefix = rest.slice(0, 10);
  if (rest.length > 10 && ISO_DAY_TIME.test(rest)) {
    let day = checkedDays.get(prefix);
    if (day === undefined) {
      day = isoDate(
        Number(prefix.slice(0, 4)),
        Number(prefix.slice(5, 7)),
        Number(prefix.slice(8)),
      );
      if (checkedDays.size > 10_000) checkedDays.clear();
      checkedDays.set(prefix, day ?? null);
    }
    return day === null || day === undefined ? { kind: 'invalid' } : { kind: 'value', value: day };
  }
  if (BLANK.test(rest)) return { kind: 'blank' };
  let day: IsoDate | undefined;
  const first = YEAR_FIRST.exec(rest);
  if (first !== null) day = isoDate(Number(first[1]), Number(first[2]), Number(first[3]));
  const last = first === null ? YEAR_LAST.exec(rest) : null;
  if (last !== null) {
    const a = Number(last[1]);
    const b = Number(last[3]);
    const year = Number(last[4]);
    const monthFirst = last[2] === '/' && a <= 12;
    day = monthFirst ? isoDate(year, a, b) : isoDate(year, b, a);
  }
  return day === undefined ? { kind: 'invalid' } : { kind: 'value', value: day };
}
