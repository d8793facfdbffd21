// The in-memory spreadsheet made live: the engine computes it, the add-on's real globals run on it.

import type { FakeRange } from '../../fakes/fake-range';
import {
  APPS_SCRIPT_GLOBALS,
  type AppsScriptGlobal,
  createFakeWorld,
  type FakeWorld,
} from '../../fakes/fake-services';
import type { FakeSheet } from '../../fakes/fake-sheet';
import { ENTRY_POINTS } from '../../src/addon/entry';
import { isSheetError } from '../engine/engine-values';
import type { EngineOptions } from '../engine/spreadsheet-engine';
import { formatValue, isDateFormat, serialToDate } from '../server/format-value';
import { EngineSync } from './engine-sync';
import { LiveProxies } from './live-proxy';

export interface LiveWorkbookOptions extends EngineOptions {
  /** The user's locale as Apps Script reports it: "en" or "zh_CN". */
  readonly userLocale: string;
  /** The project's HTML files by name, e.g. Sidebar → dist/Sidebar.html. */
  readonly htmlFiles?: ReadonlyMap<string, string>;
}

/**
 * One spreadsheet session: the fakes of fakes/ hold the contents (values, formulas as text,
 * notes, formats, validation, rules, properties), the engine computes the formulas, and the
 * add-on's globals (ENTRY_POINTS, the same table the Apps Script build uses) run against both.
 */
export class LiveWorkbook {
  readonly world: FakeWorld;
  readonly sync: EngineSync;
  /** What the add-on's code gets as SpreadsheetApp, HtmlService, …: reads see computed values. */
  readonly globals: Readonly<Record<AppsScriptGlobal, unknown>>;
  private readonly proxies: LiveProxies;
  private dirty = false;
  private writes = 0;
  /** Inside deferSync(): global calls leave the engine to be updated once at the end. */
  private deferred = 0;

  constructor(options: LiveWorkbookOptions) {
    this.world = createFakeWorld({ userLocale: options.userLocale });
    for (const [name, html] of options.htmlFiles ?? []) this.world.html.files.set(name, html);
    this.sync = new EngineSync(this.world.spreadsheet, options);
    this.world.spreadsheet.evaluator = (sheet, row, column) => this.valueAt(sheet, row, column);
    this.proxies = new LiveProxies({
      changed: () => {
        this.dirty = true;
        this.writes++;
      },
      override: (kind, target, method) => this.override(kind, target, method),
    });
    this.globals = {
      SpreadsheetApp: this.proxies.wrap(this.world.spreadsheetApp, 'app'),
      HtmlService: this.world.html,
      Session: this.world.session,
      PropertiesService: this.world.properties,
      LockService: this.world.lock,
    };
  }

  /** True when a global by that name exists (what google.script.run and menus may call). */
  hasGlobal(name: string): boolean {
    return Object.hasOwn(ENTRY_POINTS, name);
  }

  /**
   * Calls one of the add-on's Apps Script globals as Apps Script would, with the preview's
   * services in place of Google's. Returns its result and whether it wrote to the spreadsheet.
   */
  callGlobal(name: string, args: readonly unknown[] = []): { value: unknown; wrote: boolean } {
    const entry = ENTRY_POINTS[name];
    if (entry === undefined) throw new Error(`Script function not found: ${name}`);
    const scope = globalThis as Record<string, unknown>;
    const saved = APPS_SCRIPT_GLOBALS.map((g) => [g, scope[g]] as const);
    const writesBefore = this.writes;
    for (const g of APPS_SCRIPT_GLOBALS) scope[g] = this.globals[g];
    try {
      return { value: entry.run(...args), wrote: this.writes !== writesBefore };
    } finally {
      for (const [g, value] of saved) {
        if (value === undefined) delete scope[g];
        else scope[g] = value;
      }
      if (this.deferred === 0) this.syncIfDirty();
      // The call log is for tests that count calls; a long preview session does not keep it.
      this.world.calls.reset();
    }
  }

  /**
   * Runs several steps (loading a sheet) with one engine update at the end instead of one per
   * step. Reads of computed values in between still see an up-to-date engine.
   */
  deferSync<T>(steps: () => T): T {
    this.deferred++;
    try {
      return steps();
    } finally {
      this.deferred--;
      if (this.deferred === 0) this.syncIfDirty();
    }
  }

  /** Sends changes made through the services to the engine. */
  syncIfDirty(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.sync.sync();
  }

  /** Marks the contents changed by a direct write to the fakes (loading a sheet). */
  markChanged(): void {
    this.dirty = true;
  }

  /**
   * A cell's value as Apps Script's getValues returns it (1-based): a stored value as stored, a
   * computed one from the engine (dates as Date for date formats, errors as their code).
   */
  valueAt(sheet: FakeSheet, row: number, column: number): unknown {
    // Writes made since the last update (even inside deferSync) are sent before any read.
    this.syncIfDirty();
    const cell = sheet.cellAt(row, column);
    if (cell !== undefined && cell.formula === '' && cell.value !== '') return cell.value;
    const value = this.sync.engine.value(this.sync.nameOf(sheet), row - 1, column - 1);
    if (isSheetError(value)) return value.error;
    if (typeof value === 'number' && isDateFormat(cell?.numberFormat ?? ''))
      return serialToDate(value);
    return value;
  }

  private override(
    kind: string,
    target: object,
    method: string,
  ): ((...args: unknown[]) => unknown) | undefined {
    if (kind === 'app' && method === 'getUi') return () => this.world.ui.getUi();
    if (kind !== 'range') return undefined;
    const range = target as FakeRange;
    const read = (display: boolean) => {
      this.syncIfDirty();
      const sheet = range.sheetUncounted();
      const { row, column, numRows, numColumns } = range.areaUncounted();
      const out: unknown[][] = new Array(numRows);
      for (let r = 0; r < numRows; r++) {
        const line: unknown[] = new Array(numColumns);
        for (let c = 0; c < numColumns; c++) {
          const value = this.valueAt(sheet, row + r, column + c);
          line[c] = display ? this.displayAt(sheet, row + r, column + c, value) : value;
        }
        out[r] = line;
      }
      return out;
    };
    switch (method) {
      case 'getValues':
        return () => read(false);
      case 'getValue':
        return () => read(false)[0]?.[0];
      case 'getDisplayValues':
        return () => read(true);
      case 'getDisplayValue':
        return () => read(true)[0]?.[0];
      default:
        return undefined;
    }
  }

  private displayAt(sheet: FakeSheet, row: number, column: number, value: unknown): string {
    const format = sheet.cellAt(row, column)?.numberFormat ?? '';
    return formatValue(value as never, format);
  }
}
