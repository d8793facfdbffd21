// DEMAND_STATS, SAFETY_DAYS and ORDER_BY_DATE through the custom-function contract: ranges,
// broadcast, blank rows, per-row messages in both languages, a history range read once, dates.

import { describe, expect, it } from 'vitest';
import {
  DEMAND_STATS,
  ORDER_BY_DATE,
  SAFETY_DAYS,
} from '../../../src/addon/custom-functions/catalog';
import { MAX_HISTORY_ROWS } from '../../../src/addon/custom-functions/read-history';
import {
  CELL_ERROR_PREFIX,
  runCustomFunction,
} from '../../../src/addon/custom-functions/run-custom-function';
import { dayOfInstant, readSheetDay } from '../../../src/addon/custom-functions/sheet-day';
import { col } from '../../support/sheet-column';

/** 2026-12-01 as Sheets' date serial. */
const DEC_1 = 46357;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** `days` daily rows ending the day before DEC_1 + 1: sold 10 a day, stock 50. */
function history(sku: string, days: number, sold = 10): unknown[][] {
  return Array.from({ length: days }, (_, i) => [DEC_1 - days + 1 + i, sku, sold, 50]);
}

describe('DEMAND_STATS', () => {
  it('gives three cells per SKU row: rate, weekly sd, seasonal factor; blank for unknown or blank SKUs', () => {
    const rows = [...history('MUG', 28), ...history('CUP', 28, 4)];
    const result = runCustomFunction(DEMAND_STATS, [col('MUG', '', 'NEW', ' CUP '), rows]);
    expect(result).toEqual([
      [expect.closeTo(10, 9), 0, 1],
      ['', '', ''],
      ['', '', ''],
      [expect.closeTo(4, 9), 0, 1],
    ]);
  });

  it('reads a single SKU as one row of three cells, and dates given as Dates or text', () => {
    const rows = [
      [utc(2026, 11, 29), 'MUG', 6],
      ['2026-11-30', 'MUG', '8'],
    ];
    const [rate, sd, factor] =
      (runCustomFunction(DEMAND_STATS, ['MUG', rows]) as number[][])[0] ?? [];
    expect(rate).toBeGreaterThan(6);
    expect(rate).toBeLessThan(8);
    expect(sd).toBeCloseTo(Math.SQRT2 * Math.sqrt(7), 9);
    expect(factor).toBe(1);
  });

  it('takes as_of as a date or serial, and horizon_days', () => {
    const rows = [...history('MUG', 10, 2), [DEC_1 + 1, 'MUG', 50]];
    const two = [[expect.closeTo(2, 9), 0, 1]];
    expect(runCustomFunction(DEMAND_STATS, ['MUG', rows, DEC_1 + 1])).toEqual(two);
    expect(runCustomFunction(DEMAND_STATS, ['MUG', rows, utc(2026, 12, 2), 30])).toEqual(two);
    expect((runCustomFunction(DEMAND_STATS, ['MUG', rows]) as number[][])[0]?.[0]).toBeGreaterThan(
      2,
    );
    expect(() => runCustomFunction(DEMAND_STATS, ['MUG', rows, 'soon'])).toThrow(
      /As-of date must be a date such as 2026-11-26, got 'soon'/,
    );
  });

  it('names a header row, a bad Sales history row, wrong columns and too long a history', () => {
    expect(() =>
      runCustomFunction(DEMAND_STATS, [
        'MUG',
        [['Date', 'SKU', 'Units sold'], ...history('MUG', 3)],
      ]),
    ).toThrow(
      /^Sales history starts with a header \('Date'\): select data rows only, e\.g\. A2:D$/,
    );
    expect(() =>
      runCustomFunction(DEMAND_STATS, ['MUG', [...history('MUG', 3), [DEC_1, 'MUG', 'lots']]]),
    ).toThrow(/^Sales history row 4: Units sold must be a number, got 'lots'$/);
    expect(() =>
      runCustomFunction(
        DEMAND_STATS,
        ['MUG', [...history('MUG', 3), [DEC_1, 'MUG', 'lots']]],
        () => 'zh_CN',
      ),
    ).toThrow(/^销售历史 第 4 行：销量 必须是数字，当前为 'lots'$/);
    expect(() => runCustomFunction(DEMAND_STATS, ['MUG', [[DEC_1, 'MUG', -2]]])).toThrow(
      /Sales history row 1: Units sold cannot be negative/,
    );
    expect(() => runCustomFunction(DEMAND_STATS, ['MUG', [[DEC_1, 'MUG', '', 4]]])).toThrow(
      /Sales history row 1: Units sold is blank/,
    );
    expect(() => runCustomFunction(DEMAND_STATS, ['MUG', [[DEC_1, 'MUG']]])).toThrow(
      /^Sales history needs 3 or 4 columns: Date, SKU, Units sold, \[Units available\]; got 2$/,
    );
    const long = Array.from({ length: MAX_HISTORY_ROWS + 1 }, () => ['', '', '', '']);
    expect(() => runCustomFunction(DEMAND_STATS, [col('MUG'), long])).toThrow(
      /^Sales history has 400,001 rows, over the 400,000 one formula can read; use Stockout Playbook › Work out demand from sales history$/,
    );
    expect(() => runCustomFunction(DEMAND_STATS, [col('MUG'), long], () => 'zh_CN')).toThrow(
      /^销售历史 有 400,001 行，超过一个公式能读取的 400,000 行；请用菜单 Stockout Playbook › 根据销售历史计算需求$/,
    );
  });

  it('skips blank Sales history rows, as an open range A2:D gives them', () => {
    const rows = [...history('MUG', 14), ['', '', '', ''], ['', '', '', '']];
    expect(runCustomFunction(DEMAND_STATS, ['MUG', rows])).toEqual([[expect.closeTo(10, 9), 0, 1]]);
  });

  it('reads the history once for a whole column of SKUs', () => {
    let reads = 0;
    const spec = {
      ...DEMAND_STATS,
      readTable: (cells: readonly (readonly unknown[])[]) => {
        reads++;
        return DEMAND_STATS.readTable?.(cells);
      },
    };
    runCustomFunction(spec, [col('MUG', 'CUP', 'MUG'), history('MUG', 7)]);
    expect(reads).toBe(1);
  });
});

describe('SAFETY_DAYS', () => {
  it('gives 10.40 for the textbook case and broadcasts single values over ranges', () => {
    expect(runCustomFunction(SAFETY_DAYS, [10, 20, 63, 7, 0.95])).toBeCloseTo(10.4, 2);
    expect(runCustomFunction(SAFETY_DAYS, [10, 20, 63, 7, '95%'])).toBeCloseTo(10.4, 2);
    const result = runCustomFunction(SAFETY_DAYS, [
      col(10, 0, '', 5, 'x'),
      col(20, 20, '', 20, 1),
      63,
      7,
      0.95,
    ]);
    expect(result).toEqual([
      [expect.closeTo(10.403, 3)],
      [''],
      [''],
      [expect.closeTo(20.806, 3)],
      ["⚠ Daily sales must be a number, got 'x'"],
    ]);
  });

  it('names a service level it cannot use', () => {
    expect(() => runCustomFunction(SAFETY_DAYS, [10, 20, 63, 7, 1.5])).toThrow(
      /Service level must be between 0.5 and 0.9999, got 1.5/,
    );
    const result = runCustomFunction(SAFETY_DAYS, [col(10, 10), col(20, 20), 63, 7, col(0.9, 0.2)]);
    expect((result as unknown[][])[0]?.[0]).toBeCloseTo(8.1, 1);
    expect(String((result as unknown[][])[1]?.[0]).startsWith(CELL_ERROR_PREFIX)).toBe(true);
  });
});

describe('ORDER_BY_DATE', () => {
  it('returns a date the same kind as Today: a Date for a Date, a serial for a serial', () => {
    expect(runCustomFunction(ORDER_BY_DATE, [900, 0, 10, 67, 10, DEC_1])).toBe(DEC_1 + 13);
    expect(runCustomFunction(ORDER_BY_DATE, [900, 0, 10, 67, 10, utc(2026, 12, 1)])).toEqual(
      utc(2026, 12, 14),
    );
  });

  it('keeps the spreadsheet’s midnight: Shanghai and New York dates land on the right day', () => {
    const shanghaiMidnight = new Date('2026-11-30T16:00:00Z'); // 2026-12-01 00:00 in UTC+8
    const result = runCustomFunction(ORDER_BY_DATE, [900, 0, 10, 67, 10, shanghaiMidnight]);
    expect(result).toEqual(new Date('2026-12-13T16:00:00Z'));
    const newYorkMidnight = new Date('2026-12-01T05:00:00Z');
    expect(dayOfInstant(newYorkMidnight.getTime())).toBe(DEC_1);
    expect(dayOfInstant(shanghaiMidnight.getTime())).toBe(DEC_1);
  });

  it('goes into the past when overdue, is blank without sales, and names bad rows', () => {
    expect(runCustomFunction(ORDER_BY_DATE, [100, 0, 10, 67, 10, DEC_1])).toBe(DEC_1 - 67);
    const result = runCustomFunction(ORDER_BY_DATE, [
      col(900, 900, '', 900),
      col(0, '', '', 0),
      col(10, 0, '', 10),
      67,
      10,
      col(utc(2026, 12, 1), utc(2026, 12, 1), '', 'tomorrow'),
    ]);
    expect(result).toEqual([
      [utc(2026, 12, 14)],
      [''],
      [''],
      [expect.stringMatching(/^⚠ Today must be a date such as 2026-11-26, got 'tomorrow'/)],
    ]);
  });
});

describe('readSheetDay', () => {
  it('reads Dates, serials and typed dates as serial days; blank as undefined', () => {
    expect(readSheetDay('d', utc(2026, 12, 1))).toBe(DEC_1);
    expect(readSheetDay('d', DEC_1 + 0.75)).toBe(DEC_1);
    expect(readSheetDay('d', '2026年12月1日')).toBe(DEC_1);
    expect(readSheetDay('d', '12/1/2026')).toBe(DEC_1);
    expect(readSheetDay('d', '')).toBeUndefined();
    expect(() => readSheetDay('d', 12)).toThrow(/d must be a date/);
    expect(() => readSheetDay('d', true)).toThrow(/d must be a date/);
  });
});
