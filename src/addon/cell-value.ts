// Reads what Sheets hands a script (numbers, pasted text, blanks, dates) as numbers or blanks.

import { InputError, quoteValue } from '../core/input-error';
import { DECIMAL_NUMBER } from '../core/number-text';

/** What one cell can hold when Sheets passes it to a script. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** True for an empty cell: Sheets passes "", an engine may pass null, an omitted argument is undefined. */
export function isBlank(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

// Spaces (ASCII, no-break, narrow no-break) and currency signs as pasted from Amazon reports:
// " 12 ", "$12,905.25", "￥1，200".
const NOISE = /[\s\u00A0\u202F$€£¥￥]/g;
const FULL_WIDTH_COMMA = /\uFF0C/g;
// Thousands separators: commas between groups of exactly three digits ("1,234", "12,345,678").
const THOUSANDS = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/**
 * A cell as a number, or undefined when blank. Text that reads as a number is accepted
 * ("1,234" → 1234, "12.5%" → 0.125); anything else raises an InputError naming the argument.
 * A comma must separate thousands: "1,5" or "12,50" (a decimal comma) is refused with a message
 * asking for a decimal point, never read as 15 or 1250.
 * @example readNumber('units_7d', '1,234') === 1234
 */
export function readNumber(arg: string, value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new InputError('notANumber', { arg, value: 'NaN' });
    return value;
  }
  if (isBlank(value)) return undefined;
  if (typeof value === 'string') {
    let text = halfWidthDigits(value.replace(NOISE, '')).replace(FULL_WIDTH_COMMA, ',');
    const percent = text.endsWith('%');
    if (percent) text = text.slice(0, -1);
    if (text.includes(',')) {
      const withoutCommas = text.replace(/,/g, '');
      // A number with a comma elsewhere is most likely a decimal comma: never guess which.
      if (!THOUSANDS.test(text) && DECIMAL_NUMBER.test(withoutCommas)) {
        throw new InputError('decimalComma', { arg, value: quoteValue(value) });
      }
      text = withoutCommas;
    }
    if (DECIMAL_NUMBER.test(text)) {
      const n = Number(text);
      return percent ? n / 100 : n;
    }
  }
  // A date cell arrives as a Date, possibly from another script realm: test its tag.
  if (Object.prototype.toString.call(value) === '[object Date]') {
    throw new InputError('dateNotNumber', { arg });
  }
  throw new InputError('notANumber', { arg, value: quoteValue(value) });
}

/**
 * Full-width digits, as a Chinese input method types them, as ASCII digits.
 * @example halfWidthDigits('１２') === '12'
 */
export function halfWidthDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10));
}
