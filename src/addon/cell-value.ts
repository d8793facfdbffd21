// Reads what Sheets hands a script (numbers, pasted text, blanks, dates) as numbers or blanks.

import { InputError, quoteValue } from '../core/input-error';

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

// Thousands separators (ASCII and full-width commas, spaces, no-break spaces) and currency signs
// as pasted from Amazon reports: "1,234", " 12 ", "$12,905.25", "￥1，200".
const NOISE = /[,\uFF0C\s\u00A0\u202F$€£¥￥]/g;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * A cell as a number, or undefined when blank. Text that reads as a number is accepted
 * ("1,234" → 1234, "12.5%" → 0.125); anything else raises an InputError naming the argument.
 * @example readNumber('units_7d', '1,234') === 1234
 */
export function readNumber(arg: string, value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new InputError('notANumber', { arg, value: 'NaN' });
    return value;
  }
  if (isBlank(value)) return undefined;
  if (typeof value === 'string') {
    let text = halfWidthDigits(value.replace(NOISE, ''));
    const percent = text.endsWith('%');
    if (percent) text = text.slice(0, -1);
    if (NUMBER.test(text)) {
      const n = Number(text);
      return percent ? n / 100 : n;
    }
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
