// A seller's exported CSV read into rows of fields: quoting, line breaks, byte-order mark.

import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../preview/workbook/parse-csv';

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
