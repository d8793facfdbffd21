// The custom-function contract of DESIGN.md, through the five public functions.

import { describe, expect, it } from 'vitest';
import {
  COVER_DAYS,
  CUSTOM_FUNCTIONS,
  DAILY_SALES,
  REORDER_QTY,
  STOCKOUT_GAP,
  STOCKOUT_PHASE,
} from '../../../src/addon/custom-functions/catalog';
import { runCustomFunction } from '../../../src/addon/custom-functions/run-custom-function';
import { col } from '../../support/sheet-column';

describe('the five functions on single values', () => {
  it('compute each worked example in the catalog', () => {
    for (const spec of CUSTOM_FUNCTIONS) {
      expect(runCustomFunction(spec, spec.example.args), spec.name).toEqual(spec.example.result);
    }
  });

  it('give a blank for an all-blank call and throw a named message for bad input', () => {
    expect(runCustomFunction(COVER_DAYS, ['', ''])).toBe('');
    expect(() => runCustomFunction(COVER_DAYS, ['abc', 5])).toThrow(
      /FBA available must be a number, got 'abc'/,
    );
    expect(() => runCustomFunction(REORDER_QTY, [10, 60, 14, -1, 0])).toThrow(
      /FBA available cannot be negative/,
    );
    expect(() => runCustomFunction(STOCKOUT_GAP, [1, 2, 3, 4])).toThrow(/at most 3 arguments/);
  });

  it('accept numbers typed as text', () => {
    expect(runCustomFunction(COVER_DAYS, ['1,000', ' 50 '])).toBe(20);
  });
});

describe('range calls', () => {
  it('return the ranges’ shape with scalars broadcast', () => {
    expect(runCustomFunction(COVER_DAYS, [col(100, 300, 0), 5])).toEqual(col(20, 60, 0));
    expect(
      runCustomFunction(REORDER_QTY, [col(10, 1), 60, 14, col(300, 1000), col(200, 0)]),
    ).toEqual(col(240, 0));
  });

  it('leave rows whose range arguments are all blank empty, even with scalars given', () => {
    const result = runCustomFunction(REORDER_QTY, [
      col(10, '', 2),
      60,
      14,
      col(300, '', 0),
      col(200, '', ''),
    ]);
    expect(result).toEqual(col(240, '', 148));
  });

  it('write a bad row’s message into its own cell and compute the others', () => {
    const result = runCustomFunction(STOCKOUT_GAP, [
      col(100, 'lots', 50),
      col(5, 5, 5),
      col(30, 30, 30),
    ]);
    expect(result).toEqual([
      [10],
      [expect.stringMatching(/FBA available must be a number, got 'lots'/)],
      [20],
    ]);
  });

  it('keep two-dimensional shapes', () => {
    expect(runCustomFunction(COVER_DAYS, [[[100, 200]], [[5, 10]]])).toEqual([[20, 20]]);
  });

  it('treat a 1×1 range as a single value that keeps its array shape', () => {
    expect(runCustomFunction(COVER_DAYS, [[[100]], 5])).toEqual([[20]]);
    expect(runCustomFunction(COVER_DAYS, [col(100, 200), [[5]]])).toEqual(col(20, 40));
  });

  it('refuse ranges of different sizes, naming them', () => {
    expect(() => runCustomFunction(COVER_DAYS, [col(1, 2, 3), col(1, 2)])).toThrow(
      /^Daily sales has 2 rows but FBA available has 3: use ranges of one size$/,
    );
    expect(() =>
      runCustomFunction(COVER_DAYS, [col(1, 2, 3), col(1, 2, 3).map((r) => [...r, 1])]),
    ).toThrow(/^Daily sales has 2 columns but FBA available has 1: use ranges of one size$/);
    expect(() =>
      runCustomFunction(COVER_DAYS, [col(1, 2, 3), col(1, 2).map((r) => [...r, 1])], () => 'zh_CN'),
    ).toThrow(/^日均销量 有 2 行，FBA 可售库存 有 3 行：请使用大小相同的范围$/);
    expect(() =>
      runCustomFunction(COVER_DAYS, [col(1, 2), col(1, 2).map((r) => [...r, 1])], () => 'zh_CN'),
    ).toThrow(/^日均销量 有 2 列，FBA 可售库存 有 1 列：请使用大小相同的范围$/);
  });

  it('reject a bad single value for the whole call', () => {
    expect(() =>
      runCustomFunction(REORDER_QTY, [col(1, 2), 'sixty', 14, col(0, 0), col(0, 0)]),
    ).toThrow(/Order cycle \(days\) must be a number, got 'sixty'/);
  });

  it('give phases for a column, blank rows blank', () => {
    expect(
      runCustomFunction(STOCKOUT_PHASE, [
        col(0, 100, '', 50, 1000),
        col(5, 5, '', 5, 5),
        col('', 30, '', '', ''),
      ]),
    ).toEqual(col('OUT_OF_STOCK', 'PRE_STOCKOUT', '', 'PRE_STOCKOUT', 'HEALTHY'));
    expect(runCustomFunction(STOCKOUT_PHASE, [col(50), col(5), col(''), col(3)])).toEqual(
      col('RECOVERY'),
    );
  });
});

describe('DAILY_SALES weights and seasonality', () => {
  it('takes weights as one row applied to every row', () => {
    expect(
      runCustomFunction(DAILY_SALES, [col(140, 70), col(210, 0), col(450, 0), '', '', [[1, 0, 0]]]),
    ).toEqual(col(20, 10));
  });

  it('renormalises when a window is blank', () => {
    expect(runCustomFunction(DAILY_SALES, ['', '', 300])).toBe(10);
  });

  it('rejects weights that are not three numbers', () => {
    expect(() => runCustomFunction(DAILY_SALES, [140, 210, 450, '', '', [[1, 0]]])).toThrow(
      /^Sales weights must be one row of 3 numbers \(7, 14, 30 days\), e\.g\. \{1,0,0\}$/,
    );
    expect(() => runCustomFunction(DAILY_SALES, [140, 210, 450, '', '', [[1, 'x', 0]]])).toThrow(
      /Sales weights must be a number, got 'x'/,
    );
  });

  it('applies last year’s seasonal factor per row', () => {
    expect(
      runCustomFunction(DAILY_SALES, [col(140), col(210), col(450), col(300), col(1800)]),
    ).toEqual([[35]]);
  });
});
