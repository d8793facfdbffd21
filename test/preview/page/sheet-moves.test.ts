// Sheets' moving keys on a small grid: Ctrl+arrows to the data edge, PageUp/Down, Home/End, Shift.

import { describe, expect, it } from 'vitest';
import { type Box, edgeMove } from '../../../preview/page/sheet-moves';

// Column A: filled rows 0-3, a gap, 6-7; row 0 filled across three columns.
const GRID = [
  ['h', 'h', 'h'],
  ['a', '', ''],
  ['a', '', 'x'],
  ['a', '', ''],
  ['', '', ''],
  ['', '', ''],
  ['b', '', ''],
  ['b', '', ''],
  ['', '', ''],
  ['', '', ''],
];
const size = { rows: GRID.length, cols: 3 };
const shown = (x: number, y: number) => GRID[y]?.[x] ?? '';
const at = (x: number, y: number): Box => ({ x1: x, y1: y, x2: x, y2: y });
const move = (key: string, from: Box, ctrl = true, shift = false, page = 4) =>
  edgeMove(key, ctrl, shift, from, size, page, shown);

describe('edgeMove', () => {
  it('runs to the end of filled cells, then jumps the gap to the next, then to the edge', () => {
    expect(move('ArrowDown', at(0, 0))).toEqual(at(0, 3));
    expect(move('ArrowDown', at(0, 3))).toEqual(at(0, 6));
    expect(move('ArrowDown', at(0, 6))).toEqual(at(0, 7));
    expect(move('ArrowDown', at(0, 7))).toEqual(at(0, 9));
    expect(move('ArrowUp', at(0, 9))).toEqual(at(0, 7));
    expect(move('ArrowUp', at(0, 3))).toEqual(at(0, 0));
    expect(move('ArrowRight', at(0, 1))).toEqual(at(2, 1));
    expect(move('ArrowLeft', at(2, 2))).toEqual(at(0, 2));
  });

  it('leaves plain arrows to the grid, moves a page, and goes home and to the end', () => {
    expect(move('ArrowDown', at(0, 0), false)).toBeUndefined();
    expect(move('PageDown', at(1, 1), false)).toEqual(at(1, 5));
    expect(move('PageDown', at(1, 8), false)).toEqual(at(1, 9));
    expect(move('PageUp', at(1, 2), false)).toEqual(at(1, 0));
    expect(move('Home', at(2, 5), false)).toEqual(at(0, 5));
    expect(move('End', at(0, 5), false)).toEqual(at(2, 5));
    expect(move('Home', at(2, 5))).toEqual(at(0, 0));
    expect(move('End', at(0, 0))).toEqual(at(2, 7));
  });

  it('keeps where the selection started when Shift is held', () => {
    expect(move('ArrowDown', at(0, 1), true, true)).toEqual({ x1: 0, y1: 1, x2: 0, y2: 3 });
    expect(move('PageDown', { x1: 0, y1: 1, x2: 1, y2: 2 }, false, true)).toEqual({
      x1: 0,
      y1: 1,
      x2: 1,
      y2: 6,
    });
  });
});
