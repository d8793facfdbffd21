// Typed or imported text becomes the cell Sheets would make of it.

import { describe, expect, it } from 'vitest';
import { cellFromText } from '../../../preview/workbook/cell-from-text';

describe('cellFromText', () => {
  it('converts numbers, percentages, dates and booleans as Sheets does', () => {
    expect(cellFromText('1,234')).toBe(1234);
    expect(cellFromText(' 12.5 ')).toBe(12.5);
    expect(cellFromText('-3')).toBe(-3);
    expect(cellFromText('15%')).toBe(0.15);
    expect(cellFromText('2025-03-14')).toEqual(new Date(2025, 2, 14));
    expect(cellFromText('3/14/2025')).toEqual(new Date(2025, 2, 14));
    expect(cellFromText('true')).toBe(true);
  });

  it('keeps formulas, text, apostrophe text and impossible dates as text', () => {
    expect(cellFromText('=COVER_DAYS(D2:D, K2:K)')).toBe('=COVER_DAYS(D2:D, K2:K)');
    expect(cellFromText('B0SAMPLE01')).toBe('B0SAMPLE01');
    expect(cellFromText("'0012")).toBe("'0012");
    expect(cellFromText('2025-02-30')).toBe('2025-02-30');
    expect(cellFromText('12,34')).toBe('12,34');
    expect(cellFromText('  ')).toBe('');
  });
});
