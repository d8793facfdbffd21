// An array formula blocked by a typed value names the blocking cell, and expands again once it is cleared.

import { describe, expect, it } from 'vitest';
import { isSheetError } from '../../../preview/engine/engine-values';
import { SpreadsheetEngine } from '../../../preview/engine/spreadsheet-engine';

function sheet() {
  return SpreadsheetEngine.create([
    {
      name: 'S',
      rowCount: 5,
      cells: [['stock', 'double'], [1, '=ARRAYFORMULA(A2:A*2)'], [2], [3], [4]],
    },
  ]);
}

const column = (engine: SpreadsheetEngine) => engine.values('S', 1, 5, 2).map((row) => row[1]);

describe('an array formula and a value typed into its area', () => {
  it('shows #REF! naming the blocking cell as soon as the value is typed', () => {
    const engine = sheet();
    expect(column(engine)).toEqual([2, 4, 6, 8]);
    engine.setContents('S', 2, 1, [[5]]);
    const anchor = engine.value('S', 1, 1);
    expect(isSheetError(anchor) && anchor.error).toBe('#REF!');
    expect(isSheetError(anchor) && anchor.message).toContain('B3');
    expect(isSheetError(anchor) && anchor.blockedBy).toBe('B3');
    expect(engine.value('S', 2, 1)).toBe(5);
  });

  it('comes back the moment the blocking cell is cleared', () => {
    const engine = sheet();
    engine.setContents('S', 2, 1, [[5]]);
    engine.setContents('S', 2, 1, [['']]);
    expect(column(engine)).toEqual([2, 4, 6, 8]);
    // and follows its inputs again
    engine.setContents('S', 1, 0, [[10]]);
    expect(column(engine)).toEqual([20, 4, 6, 8]);
  });

  it('names the blocker when the sheet is loaded with it already there', () => {
    const engine = SpreadsheetEngine.create([
      { name: 'S', rowCount: 4, cells: [['a', 'b'], [1, '=ARRAYFORMULA(A2:A*2)'], [2, 'x'], [3]] },
    ]);
    const anchor = engine.value('S', 1, 1);
    expect(isSheetError(anchor) && anchor.blockedBy).toBe('B3');
    engine.setContents('S', 2, 1, [[null]]);
    expect(engine.values('S', 1, 4, 2).map((row) => row[1])).toEqual([2, 4, 6]);
  });
});
