// Finding template columns by header in any sheet: loose, bilingual, never ambiguous.

import { describe, expect, it } from 'vitest';
import { normalizeHeader, withoutAsides } from '../../../src/addon/platform/header-match';
import {
  type ColumnKey,
  findColumn,
  findHeaderCell,
  headerMatches,
  mapColumns,
  REPLENISHMENT_COLUMNS,
} from '../../../src/addon/replenishment-sheet/replenishment-columns';

describe('header matching', () => {
  it('ignores case, spaces, hyphens, underscores, full-width forms and bracketed asides', () => {
    for (const written of [
      'Days of cover',
      'days-of-cover',
      'DAYS_OF_COVER',
      '  Days  Of  Cover ',
      'Days of cover (days)',
      'Ｄａｙｓ ｏｆ ｃｏｖｅｒ',
      'coverDays',
      '可售天数',
      '可售天数（天）',
      'days-of-supply',
    ]) {
      expect(headerMatches('coverDays', written), written).toBe(true);
    }
    expect(normalizeHeader(' Days-of_Cover ')).toBe('daysofcover');
  });

  it('removes bracketed asides as the pattern \\([^)]*\\) would, in linear time', () => {
    for (const text of ['a(b)c', '(a(b)c)', 'a(b', 'a)b(c)d(e', '((()', 'x()y']) {
      expect(withoutAsides(text), text).toBe(text.replace(/\([^)]*\)/g, ''));
    }
    const started = performance.now();
    expect(withoutAsides('('.repeat(50_000))).toBe('('.repeat(50_000));
    expect(withoutAsides(`${'(x)'.repeat(16_000)}(`)).toBe('(');
    // A cell far longer than any column's name is no header, and is not read at all.
    expect(normalizeHeader('1,'.repeat(25_000))).toBe('');
    expect(
      mapColumns(['('.repeat(50_000), 'SKU', `${'(x)'.repeat(50)}Days of cover`, 'x'.repeat(201)]),
    ).toEqual({ sku: 1, coverDays: 2 });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('does not confuse neighbouring columns', () => {
    expect(headerMatches('units7d', 'Units 14 days')).toBe(false);
    expect(headerMatches('units14d', 'Units 14 days')).toBe(true);
    expect(headerMatches('nextArrival', 'Last restock date')).toBe(false);
    expect(headerMatches('coverDays', 'Cover letter')).toBe(false);
    expect(headerMatches('coverDays', '')).toBe(false);
    expect(headerMatches('coverDays', null)).toBe(false);
  });

  it('gives no two columns the same name', () => {
    const owner = new Map<string, ColumnKey>();
    for (const column of REPLENISHMENT_COLUMNS) {
      for (const name of [
        column.key,
        column.header.en,
        column.header['zh-CN'],
        ...column.aliases,
      ]) {
        const normal = normalizeHeader(name);
        const taken = owner.get(normal);
        expect(
          taken === undefined || taken === column.key,
          `${name}: ${taken} and ${column.key}`,
        ).toBe(true);
        owner.set(normal, column.key);
      }
    }
  });

  it('finds every template column by its English or Chinese header', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const headers = REPLENISHMENT_COLUMNS.map((c) => c.header[locale]);
      const found = mapColumns(headers);
      REPLENISHMENT_COLUMNS.forEach((column, i) => {
        expect(found[column.key], column.key).toBe(i);
      });
    }
  });

  it('reads Amazon report headers', () => {
    const myInventory = [
      'sku',
      'fnsku',
      'asin',
      'product-name',
      'afn-fulfillable-quantity',
      'your-price',
    ];
    expect(mapColumns(myInventory)).toMatchObject({
      sku: 0,
      asin: 2,
      product: 3,
      fbaStock: 4,
      price: 5,
    });
    expect(findColumn(['units-shipped-t7', 'units-shipped-t30'], 'units30d')).toBe(1);
  });

  it('finds a header below a title row and reports where', () => {
    expect(findHeaderCell([['Weekly stock'], ['SKU', 'Phase']], 'phase')).toEqual({
      row: 1,
      column: 1,
      text: 'Phase',
    });
    expect(findHeaderCell([['SKU']], 'phase')).toBeUndefined();
  });
});
