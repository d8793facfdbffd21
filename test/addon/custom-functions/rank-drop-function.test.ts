// RANK_DROP through the custom-function contract: two result cells per row, spilling to the right.

import { describe, expect, it } from 'vitest';
import { RANK_DROP } from '../../../src/addon/custom-functions/catalog';
import {
  CELL_ERROR_PREFIX,
  runCustomFunction,
} from '../../../src/addon/custom-functions/run-custom-function';
import { col } from '../../support/sheet-column';

describe('RANK_DROP on single values', () => {
  it('returns one row of two cells: places lost and severity', () => {
    expect(runCustomFunction(RANK_DROP, [12, 140])).toEqual([[128, 'SEVERE']]);
    expect(runCustomFunction(RANK_DROP, [12, 30])).toEqual([[18, 'MODERATE']]);
    expect(runCustomFunction(RANK_DROP, ['12', ' 15 '])).toEqual([[3, 'STABLE']]);
    expect(runCustomFunction(RANK_DROP, [12, 9])).toEqual([[-3, 'RECOVERED']]);
    expect(runCustomFunction(RANK_DROP, [[[12]], [[9]]])).toEqual([[-3, 'RECOVERED']]);
  });

  it('leaves the fall blank and says SEVERE when the keyword left the tracked range', () => {
    expect(runCustomFunction(RANK_DROP, [12, ''])).toEqual([['', 'SEVERE']]);
  });

  it('is two blank cells when both ranks are blank, and throws a named message for bad input', () => {
    expect(runCustomFunction(RANK_DROP, ['', ''])).toEqual([['', '']]);
    expect(runCustomFunction(RANK_DROP, ['', '', 20])).toEqual([['', '']]);
    expect(() => runCustomFunction(RANK_DROP, ['', 12])).toThrow(/Rank before is blank/);
    expect(() => runCustomFunction(RANK_DROP, [12, 'top 10'])).toThrow(
      /Rank now must be a number, got 'top 10'/,
    );
    expect(() => runCustomFunction(RANK_DROP, [1, 2, 3, 4, 5, 6])).toThrow(/at most 5 arguments/);
  });

  it('takes the thresholds as optional arguments', () => {
    expect(runCustomFunction(RANK_DROP, [12, 60, 20, 50])).toEqual([[48, 'SEVERE']]);
    expect(runCustomFunction(RANK_DROP, [12, 15, '', '', 2])).toEqual([[3, 'MODERATE']]);
    expect(() => runCustomFunction(RANK_DROP, [12, 60, 50, 40])).toThrow(
      /Severe beyond rank must be greater than severe_top/,
    );
  });
});

describe('RANK_DROP on ranges', () => {
  it('returns n rows × 2 columns, blank rows blank, a bad row’s message in its first cell', () => {
    const result = runCustomFunction(RANK_DROP, [
      col(8, 20, '', 40, 5, 7),
      col(150, 25, '', 'x', '', 7),
    ]);
    expect(result).toEqual([
      [142, 'SEVERE'],
      [5, 'STABLE'],
      ['', ''],
      [expect.stringMatching(/^⚠ Rank now must be a number, got 'x'/), ''],
      ['', 'SEVERE'],
      [0, 'RECOVERED'],
    ]);
    expect(String((result as unknown[][])[3]?.[0]).startsWith(CELL_ERROR_PREFIX)).toBe(true);
  });

  it('broadcasts single values and thresholds over the rows', () => {
    expect(runCustomFunction(RANK_DROP, [10, col(15, 25), '', '', 5])).toEqual([
      [5, 'STABLE'],
      [15, 'MODERATE'],
    ]);
  });

  it('lays a two-dimensional range out as pairs of cells side by side', () => {
    expect(runCustomFunction(RANK_DROP, [[[10, 10]], [[9, 200]]])).toEqual([
      [-1, 'RECOVERED', 190, 'SEVERE'],
    ]);
  });

  it('refuses ranges of different sizes', () => {
    expect(() => runCustomFunction(RANK_DROP, [col(1, 2), col(1, 2, 3)])).toThrow(
      /^Rank now has 3 rows but Rank before has 2: use ranges of one size$/,
    );
  });
});
