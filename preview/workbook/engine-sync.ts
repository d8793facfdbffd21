// Keeps the spreadsheet engine a mirror of the in-memory spreadsheet's contents, cell by cell.

import type { FakeSheet } from '../../fakes/fake-sheet';
import type { FakeSpreadsheet } from '../../fakes/fake-spreadsheet';
import { type EngineOptions, SpreadsheetEngine } from '../engine/spreadsheet-engine';

/** What a cell holds for the engine: its formula, or its value. */
function contentOf(sheet: FakeSheet, row: number, column: number): unknown {
  const cell = sheet.cellAt(row, column);
  if (cell === undefined) return '';
  return cell.formula !== '' ? cell.formula : cell.value;
}

/** Above this many changed cells a sheet is replaced whole in the engine. */
const BULK_CHANGES = 200;

interface Mirror {
  name: string;
  rows: number;
  columns: number;
  /** contents[row][column], 0-based, as last given to the engine. */
  contents: unknown[][];
}

/**
 * The engine and what it was last given. `sync()` compares every sheet of the spreadsheet with
 * that and sends only the differences, so a change made by the add-on's own code (a template
 * inserted, a log row written) reaches the engine whichever service method made it.
 */
export class EngineSync {
  readonly engine: SpreadsheetEngine;
  private readonly mirrors = new Map<FakeSheet, Mirror>();

  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    options: EngineOptions = {},
  ) {
    this.engine = SpreadsheetEngine.create([], options);
    this.sync();
  }

  /** The engine's name for a sheet (the sheet's name when last synced). */
  nameOf(sheet: FakeSheet): string {
    return this.mirrors.get(sheet)?.name ?? sheet.nameUncounted();
  }

  /** Brings the engine up to date with every sheet. */
  sync(): void {
    this.engine.batch(() => {
      const present = new Set<FakeSheet>();
      for (const name of this.spreadsheet.sheetNames()) {
        const sheet = this.spreadsheet.sheet(name);
        present.add(sheet);
        this.syncSheet(sheet);
      }
      for (const [sheet, mirror] of this.mirrors) {
        if (present.has(sheet)) continue;
        this.engine.removeSheet(mirror.name);
        this.mirrors.delete(sheet);
      }
    });
  }

  /**
   * Sends one cell the page just wrote (row and column 1-based), without comparing the rest:
   * what keeps an edit on a long sheet fast.
   */
  syncCell(sheet: FakeSheet, row: number, column: number): void {
    const mirror = this.mirrors.get(sheet);
    if (mirror === undefined || mirror.name !== sheet.nameUncounted()) {
      this.sync();
      return;
    }
    const { rows, columns } = sheet.sizeUncounted();
    if (rows !== mirror.rows || columns !== mirror.columns) {
      this.sync();
      return;
    }
    const content = contentOf(sheet, row, column);
    const line = mirror.contents[row - 1];
    if (line === undefined || same(line[column - 1], content)) return;
    line[column - 1] = content;
    this.engine.setContents(mirror.name, row - 1, column - 1, [[content]]);
  }

  private syncSheet(sheet: FakeSheet): void {
    const name = sheet.nameUncounted();
    const { rows, columns } = sheet.sizeUncounted();
    const mirror = this.mirrors.get(sheet);
    if (mirror === undefined) {
      const contents = readContents(sheet, rows, columns);
      this.engine.putSheet({ name, rowCount: rows, cells: contents });
      this.mirrors.set(sheet, { name, rows, columns, contents });
      return;
    }
    if (mirror.name !== name) {
      this.engine.renameSheet(mirror.name, name);
      mirror.name = name;
    }
    if (rows !== mirror.rows || columns !== mirror.columns) {
      grow(mirror, rows, columns);
      this.engine.setRowCount(name, rows);
    }
    const changed: [number, number, unknown][] = [];
    for (let r = 0; r < rows; r++) {
      const line = mirror.contents[r] as unknown[];
      for (let c = 0; c < columns; c++) {
        const content = contentOf(sheet, r + 1, c + 1);
        if (same(line[c], content)) continue;
        line[c] = content;
        changed.push([r, c, content]);
      }
    }
    if (changed.length > BULK_CHANGES) {
      // Many cells at once (a sheet loaded, a long column pasted): one replacement is far
      // cheaper for the engine than as many single writes.
      this.engine.replaceSheet({ name, rowCount: rows, cells: mirror.contents });
    } else {
      for (const [r, c, content] of changed) this.engine.setContents(name, r, c, [[content]]);
    }
  }
}

function readContents(sheet: FakeSheet, rows: number, columns: number): unknown[][] {
  const out: unknown[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: unknown[] = new Array(columns);
    for (let c = 0; c < columns; c++) line[c] = contentOf(sheet, r + 1, c + 1);
    out[r] = line;
  }
  return out;
}

function grow(mirror: Mirror, rows: number, columns: number): void {
  for (let r = 0; r < rows; r++) {
    const line = mirror.contents[r] ?? [];
    for (let c = line.length; c < columns; c++) line[c] = '';
    line.length = columns;
    mirror.contents[r] = line;
  }
  mirror.contents.length = rows;
  mirror.rows = rows;
  mirror.columns = columns;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (
    a === b ||
    ((a === '' || a === null || a === undefined) && (b === '' || b === null || b === undefined))
  );
}
