// A seller's exported CSV read into cells: quoting, numbers, dates, formulas.

import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv } from '../../../preview/workbook/parse-csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('\uFEFFSKU,Product\r\nA-1,"Mat, 2-pack ""XL"""\nB-2,"two\nlines"\n')).toEqual([
      ['SKU', 'Product'],
      ['A-1', 'Mat, 2-pack "XL"'],
      ['B-2', 'two\nlines'],
    ]);
  });

  it('keeps empty fields and a last line without a break', () => {
    expect(parseCsv('a,,c\n1,2')).toEqual([
      ['a', '', 'c'],
      ['1', '2'],
    ]);
  });
});

describe('csvCell', () => {
  it('converts numbers, percentages and dates as Sheets does on import', () => {
    expect(csvCell('1,234')).toBe(1234);
    expect(csvCell(' 12.5 ')).toBe(12.5);
    expect(csvCell('15%')).toBe(0.15);
    expect(csvCell('2025-03-14')).toEqual(new Date(2025, 2, 14));
    expect(csvCell('3/14/2025')).toEqual(new Date(2025, 2, 14));
  });

  it('keeps formulas, text and impossible dates as text', () => {
    expect(csvCell('=COVER_DAYS(D2:D, K2:K)')).toBe('=COVER_DAYS(D2:D, K2:K)');
    expect(csvCell('B0SAMPLE01')).toBe('B0SAMPLE01');
    expect(csvCell('2025-02-30')).toBe('2025-02-30');
    expect(csvCell('12,34')).toBe('12,34');
    expect(csvCell('')).toBe('');
  });
});
