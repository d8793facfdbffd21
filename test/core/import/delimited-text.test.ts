// Report text split into fields: both delimiters, quotes, BOM, line ends, and skewed lines.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelimitedText } from '../../../src/core/import/delimited-text';

describe('parseDelimitedText', () => {
  it('reads a tab-separated report with a BOM and CRLF line ends', () => {
    const parsed = parseDelimitedText('\uFEFFsku\tavailable\r\nA-1\t5\r\nB-2\t0\r\n');
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.header).toEqual(['sku', 'available']);
    expect(parsed.lines).toEqual([
      { line: 2, fields: ['A-1', '5'] },
      { line: 3, fields: ['B-2', '0'] },
    ]);
    expect(parsed.skewed).toEqual([]);
  });

  it('reads quoted comma-separated fields: commas, doubled quotes and line breaks inside', () => {
    const text =
      'SKU,Title,Sessions - Total\n5K-1,"Cast Net, 3ft ""Pro""\nsecond line","12,131"\nX-2,Plain,5\n';
    const parsed = parseDelimitedText(text);
    expect(parsed.delimiter).toBe(',');
    expect(parsed.lines[0]?.fields).toEqual(['5K-1', 'Cast Net, 3ft "Pro"\nsecond line', '12,131']);
    // The quoted line break moves the next line's number on.
    expect(parsed.lines[1]).toEqual({ line: 4, fields: ['X-2', 'Plain', '5'] });
  });

  it('sets aside a line with the wrong field count, with its line number, and reads the rest', () => {
    const parsed = parseDelimitedText(
      'sku\tavailable\tinbound\nA\t1\t2\nB\t3\nC\t4\t5\t6\nD\t7\t8\n',
    );
    expect(parsed.lines.map((l) => l.fields[0])).toEqual(['A', 'D']);
    expect(parsed.skewed).toEqual([
      { line: 3, fields: 2, expected: 3 },
      { line: 4, fields: 4, expected: 3 },
    ]);
  });

  it('accepts a trailing delimiter and skips blank lines', () => {
    const parsed = parseDelimitedText('sku\tavailable\t\n\nA\t1\t\n\r\nB\t2\n');
    expect(parsed.header).toEqual(['sku', 'available']);
    expect(parsed.lines.map((l) => [l.line, ...l.fields])).toEqual([
      [3, 'A', '1'],
      [5, 'B', '2'],
    ]);
  });

  it('keeps a lone quote in a tab-separated field as text', () => {
    const parsed = parseDelimitedText('sku\tproduct-name\nA\t12" mug\nB\t"Best" mug\n');
    expect(parsed.lines.map((l) => l.fields[1])).toEqual(['12" mug', 'Best mug']);
    const open = parseDelimitedText('sku\tproduct-name\nA\t"open\nB\tnext\n');
    expect(open.lines.map((l) => l.fields)).toEqual([
      ['A', '"open'],
      ['B', 'next'],
    ]);
  });

  it('reports a comma-separated quote never closed, keeping the lines before it', () => {
    const parsed = parseDelimitedText('sku,title\nA,ok\nB,"never closed\nC,x\n');
    expect(parsed.lines.map((l) => l.fields[0])).toEqual(['A']);
    expect(parsed.unclosedQuoteLine).toBe(3);
  });

  it('gives back every field written, whatever it holds (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\t', ' ', '1') });
    const row = fc.array(field, { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
        const text = ['h1,h2,h3', ...rows.map((r) => r.map(quote).join(','))].join('\r\n');
        const parsed = parseDelimitedText(text);
        expect(parsed.lines.map((l) => l.fields)).toEqual(rows);
      }),
    );
  });
});
