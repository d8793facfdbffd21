// Cell text as Sheets shows it for the number formats the template writes.

import { describe, expect, it } from 'vitest';
import { dateToSerial, formatValue, serialToDate } from '../../../preview/server/format-value';

describe('formatValue', () => {
  it('formats the template’s number formats', () => {
    expect(formatValue(1234.5, '#,##0')).toBe('1,235');
    expect(formatValue(1234.5, '#,##0.00')).toBe('1,234.50');
    expect(formatValue(14.2857, '0.0')).toBe('14.3');
    expect(formatValue(17.5, '0.00')).toBe('17.50');
    expect(formatValue(-3.2, '0')).toBe('-3');
    expect(formatValue(-0.2, '0')).toBe('0');
    expect(formatValue(0.125, '0.0%')).toBe('12.5%');
    expect(formatValue(19.99, '"$"#,##0.00')).toBe('$19.99');
    expect(formatValue(12, '0" days"')).toBe('12 days');
  });

  it('shows General numbers without trailing zeros', () => {
    expect(formatValue(17.5)).toBe('17.5');
    expect(formatValue(1 / 3)).toBe('0.3333333333');
    expect(formatValue(42, 'General')).toBe('42');
    // What Apps Script reports for a cell whose format was never set.
    expect(formatValue(17.5, '0.###############')).toBe('17.5');
    expect(formatValue(3, '0.###############')).toBe('3');
    expect(formatValue(2.5, '0.0#')).toBe('2.5');
    expect(formatValue(2.125, '0.0#')).toBe('2.13');
    expect(formatValue(2, '0.0#')).toBe('2.0');
  });

  it('shows dates from serials and from date values', () => {
    const serial = dateToSerial(new Date(2025, 2, 14));
    expect(serial).toBe(45730);
    expect(formatValue(serial, 'yyyy-mm-dd')).toBe('2025-03-14');
    expect(formatValue(serial, 'mm/dd/yyyy')).toBe('03/14/2025');
    expect(formatValue(serial + 0.5, 'yyyy-mm-dd hh:mm')).toBe('2025-03-14 12:00');
    expect(formatValue(new Date(2025, 0, 2))).toBe('2025-01-02');
    expect(formatValue(serial, '', true)).toBe('2025-03-14');
    expect(serialToDate(serial).getDate()).toBe(14);
  });

  it('shows text, booleans and errors as they are', () => {
    expect(formatValue('PRE_STOCKOUT', '0.0')).toBe('PRE_STOCKOUT');
    expect(formatValue(true)).toBe('TRUE');
    expect(formatValue({ error: '#ERROR!', message: 'stock must be a number' })).toBe('#ERROR!');
  });
});
