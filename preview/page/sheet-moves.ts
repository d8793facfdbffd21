// Where Sheets' moving keys take the selection: Ctrl+arrows to the data edge, PageUp/Down, Home/End.

/** A selection: (x1, y1) where it started, (x2, y2) the end that moves; 0-based. */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** What a cell shows ('' when empty), by column and row. */
export type Shown = (x: number, y: number) => string;

const STEPS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
};

/**
 * The selection after a key, or undefined for keys the grid moves by itself (plain arrows).
 * Ctrl+arrow goes to the edge of the data: the last filled cell of a run, else the next filled
 * cell, else the sheet's edge; PageDown/PageUp move a screen of rows; Home/End go to the first /
 * last used column, Ctrl+Home/End to A1 / the last used cell. Shift keeps the start, as in Sheets.
 */
export function edgeMove(
  key: string,
  ctrl: boolean,
  shift: boolean,
  box: Box,
  size: { readonly rows: number; readonly cols: number },
  pageRows: number,
  shown: Shown,
): Box | undefined {
  let x = box.x2;
  let y = box.y2;
  const step = STEPS[key];
  if (step !== undefined) {
    if (!ctrl) return undefined;
    [x, y] = dataEdge(x, y, step, size, shown);
  } else if (key === 'PageDown' || key === 'PageUp') {
    y = clamp(y + (key === 'PageDown' ? pageRows : -pageRows), size.rows);
  } else if (key === 'Home') {
    x = 0;
    if (ctrl) y = 0;
  } else if (key === 'End') {
    const used = lastUsed(size, shown);
    x = used.x;
    if (ctrl) y = used.y;
  } else {
    return undefined;
  }
  return shift ? { x1: box.x1, y1: box.y1, x2: x, y2: y } : { x1: x, y1: y, x2: x, y2: y };
}

function dataEdge(
  x: number,
  y: number,
  [dx, dy]: readonly [number, number],
  size: { readonly rows: number; readonly cols: number },
  shown: Shown,
): [number, number] {
  const inside = (cx: number, cy: number) => cx >= 0 && cy >= 0 && cx < size.cols && cy < size.rows;
  const filled = (cx: number, cy: number) => shown(cx, cy) !== '';
  let cx = x + dx;
  let cy = y + dy;
  if (!inside(cx, cy)) return [x, y];
  if (filled(x, y) && filled(cx, cy)) {
    // Along a run: to its last filled cell.
    while (inside(cx + dx, cy + dy) && filled(cx + dx, cy + dy)) {
      cx += dx;
      cy += dy;
    }
    return [cx, cy];
  }
  // Across a gap: to the next filled cell, or the sheet's edge.
  while (!filled(cx, cy) && inside(cx + dx, cy + dy)) {
    cx += dx;
    cy += dy;
  }
  return [cx, cy];
}

/** The last row and column holding anything shown (0, 0 on an empty sheet). */
export function lastUsed(
  size: { readonly rows: number; readonly cols: number },
  shown: Shown,
): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let cy = 0; cy < size.rows; cy++) {
    for (let cx = 0; cx < size.cols; cx++) {
      if (shown(cx, cy) === '') continue;
      if (cx > x) x = cx;
      y = cy;
    }
  }
  return { x, y };
}

function clamp(n: number, rows: number): number {
  return Math.min(Math.max(0, n), rows - 1);
}
