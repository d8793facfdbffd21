// Shows a computed value the way Sheets does for the number formats the add-on writes.

import { type ComputedValue, isSheetError } from '../engine/engine-values';

/** Days between the spreadsheet epoch (1899-12-30) and 1970-01-01. */
const EPOCH_OFFSET_DAYS = 25_569;
const MS_PER_DAY = 86_400_000;

/** A date serial (days since 1899-12-30, Sheets and the engine alike) as a calendar date. */
export function serialToDate(serial: number): Date {
  const utc = new Date(Math.round((serial - EPOCH_OFFSET_DAYS) * MS_PER_DAY));
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
}

/** A calendar date (local time, as a date cell holds it) as a serial. */
export function dateToSerial(date: Date): number {
  const utc = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
  );
  return utc / MS_PER_DAY + EPOCH_OFFSET_DAYS;
}

/**
 * The text a cell shows. Formats understood: General (''), text ('@'), fixed decimals with or
 * without thousands separators ('0', '0.0', '#,##0.00'), percentages ('0%', '0.0%'), literal
 * prefixes and suffixes ('"$"#,##0.00', '0" days"'), and dates ('yyyy-mm-dd', 'mm/dd/yyyy',
 * 'yyyy-mm-dd hh:mm'). `isDate` marks a value the engine knows to be a date.
 * @example formatValue(1234.5, '#,##0.00') === '1,234.50'
 */
export function formatValue(value: ComputedValue, format = '', isDate = false): string {
  if (isSheetError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return formatDate(value, isDateFormat(format) ? format : 'yyyy-mm-dd');
  if (!Number.isFinite(value)) return String(value);
  if (isDateFormat(format)) return formatDate(serialToDate(value), format);
  if (isDate && (format === '' || format.toLowerCase() === 'general')) {
    return formatDate(serialToDate(value), 'yyyy-mm-dd');
  }
  return formatNumber(value, format);
}

export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, '');
  return /y|d{1,4}|(^|[^0#])m+([^0#]|$)/i.test(bare) && !/[0#]/.test(bare);
}

function formatDate(date: Date, format: string): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const parts: Record<string, string> = {
    yyyy: String(date.getFullYear()),
    yy: pad(date.getFullYear() % 100),
    mm: pad(date.getMonth() + 1),
    m: String(date.getMonth() + 1),
    dd: pad(date.getDate()),
    d: String(date.getDate()),
    hh: pad(date.getHours()),
    ss: pad(date.getSeconds()),
  };
  let afterHours = false;
  return format.replace(
    /"([^"]*)"|yyyy|yy|hh|mm|m|dd|d|ss/gi,
    (token, literal: string | undefined) => {
      if (literal !== undefined) return literal;
      const lower = token.toLowerCase();
      if (lower === 'hh') {
        afterHours = true;
        return parts.hh as string;
      }
      if ((lower === 'mm' || lower === 'm') && afterHours) return pad(date.getMinutes());
      return parts[lower] ?? token;
    },
  );
}

function formatNumber(value: number, format: string): string {
  const section = format.split(';')[0] ?? '';
  if (section === '' || section.toLowerCase() === 'general' || section === '@') {
    return generalNumber(value);
  }
  const match = /^(.*?)([#0,]*[0#])(?:\.(0*)(#*))?(%?)(.*)$/.exec(section);
  if (match === null) return generalNumber(value);
  const [, prefix = '', integer = '', zeros = '', optional = '', percent = '', suffix = ''] = match;
  const scaled = percent ? value * 100 : value;
  // Fixed decimals ('0.00'), then optional ones ('0.###') dropped when they are zeros.
  let fixed = Math.abs(scaled).toFixed(Math.min(zeros.length + optional.length, 15));
  if (optional.length > 0 && fixed.includes('.')) {
    const keep = fixed.indexOf('.') + zeros.length;
    fixed = fixed.replace(/0+$/, '');
    if (fixed.length - 1 < keep) fixed = fixed.padEnd(keep + 1, '0');
    if (fixed.endsWith('.')) fixed = fixed.slice(0, -1);
  }
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = integer.includes(',') ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const sign = scaled < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${unquote(prefix)}${grouped}${fraction === undefined ? '' : `.${fraction}`}${percent}${unquote(suffix)}`;
}

function unquote(text: string): string {
  return text.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
}

/** Sheets' automatic format: up to 10 significant digits, no trailing zeros. */
function generalNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const text = Number(value.toPrecision(10)).toString();
  return text.includes('e') ? value.toExponential(2).toUpperCase() : text;
}
