// A custom function with two result columns (RANK_DROP) spills in the preview engine as in Sheets.

import { describe, expect, it } from 'vitest';
import { SpreadsheetEngine } from '../../../preview/engine/spreadsheet-engine';

describe('RANK_DROP in the preview engine', () => {
  it('spills one call into two cells, and a column call into n × 2', () => {
    const engine = SpreadsheetEngine.create([
      {
        name: 'Ranks',
        rowCount: 5,
        cells: [
          ['before', 'now', 'fall', 'severity', 'single', ''],
          [8, 150, '=RANK_DROP(A2:A, B2:B)', '', '=RANK_DROP(12, 30)'],
          [20, 25],
          [],
          [40, ''],
        ],
      },
    ]);
    expect(engine.values('Ranks', 1, 5, 4).map((row) => row.slice(2))).toEqual([
      [142, 'SEVERE'],
      [5, 'STABLE'],
      ['', ''],
      ['', 'SEVERE'],
    ]);
    expect(engine.values('Ranks', 1, 2, 6)[0]?.slice(4)).toEqual([18, 'MODERATE']);
  });
});
