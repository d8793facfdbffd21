// The in-memory spreadsheet and SpreadsheetApp: sheets, the selection, toasts and rule builders.

import { parseA1 } from './a1-notation';
import type { CallLog } from './call-log';
import { FakeConditionalFormatRuleBuilder } from './fake-conditional-format';
import { FakeDataValidationBuilder } from './fake-data-validation';
import type { FakeRange } from './fake-range';
import { FakeSheet, type SheetSize } from './fake-sheet';

export interface Toast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number | undefined;
}

/**
 * Works out a formula cell's value for getValues. The preview plugs a spreadsheet engine in
 * here; without one a formula cell reads as the value last stored with it ('' by default).
 */
export type FormulaEvaluator = (
  sheet: FakeSheet,
  row: number,
  column: number,
  formula: string,
  stored: unknown,
) => unknown;

export interface FakeSpreadsheetOptions {
  /** Sheet names, the first active; default one sheet, "Sheet1". */
  readonly sheets?: readonly string[];
  readonly locale?: string;
  /** The spreadsheet's time zone; default "Etc/UTC". */
  readonly timeZone?: string;
}

export class FakeSpreadsheet {
  readonly toasts: Toast[] = [];
  /** See FormulaEvaluator. */
  evaluator: FormulaEvaluator | undefined;
  private readonly sheets: FakeSheet[] = [];
  private active: FakeSheet;
  /** The selected block, or null when nothing is selected. */
  private selection: FakeRange | null;
  private nextSheetId = 0;
  private readonly locale: string;
  /** Change it to move the spreadsheet to another time zone. */
  timeZone: string;

  constructor(
    private readonly log: CallLog,
    options: FakeSpreadsheetOptions = {},
  ) {
    this.locale = options.locale ?? 'en_US';
    this.timeZone = options.timeZone ?? 'Etc/UTC';
    for (const name of options.sheets ?? ['Sheet1']) this.addSheet(name);
    const first = this.sheets[0];
    if (first === undefined) throw new Error('A spreadsheet has at least one sheet.');
    this.active = first;
    this.selection = first.rangeA1('A1');
  }

  private call(method: string, args: readonly unknown[] = []): void {
    this.log.record('Spreadsheet', method, args);
  }

  getId(): string {
    this.call('getId');
    return 'fake-spreadsheet';
  }

  getSpreadsheetLocale(): string {
    this.call('getSpreadsheetLocale');
    return this.locale;
  }

  getSpreadsheetTimeZone(): string {
    this.call('getSpreadsheetTimeZone');
    return this.timeZone;
  }

  getSheets(): FakeSheet[] {
    this.call('getSheets');
    return [...this.sheets];
  }

  getSheetByName(name: string): FakeSheet | null {
    this.call('getSheetByName', [name]);
    return this.sheetNamed(name) ?? null;
  }

  getActiveSheet(): FakeSheet {
    this.call('getActiveSheet');
    return this.active;
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.call('setActiveSheet', [sheet]);
    this.makeActive(sheet);
    return sheet;
  }

  /** Selects a block and activates its sheet, as Sheets does. */
  setActiveRange(range: FakeRange): FakeRange {
    this.call('setActiveRange', [range]);
    this.active = range.sheetUncounted();
    this.selection = range;
    return range;
  }

  /** The selection on the active sheet; Sheets always has one, the fake may have none. */
  getActiveRange(): FakeRange | null {
    this.call('getActiveRange');
    return this.selection;
  }

  /** Adds a sheet at the end and makes it active; a taken name throws, as in Sheets. */
  insertSheet(sheetName?: string): FakeSheet {
    this.call('insertSheet', sheetName === undefined ? [] : [sheetName]);
    const name = sheetName ?? this.freeDefaultName();
    const sheet = this.addSheet(name);
    this.makeActive(sheet);
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.call('deleteSheet', [sheet]);
    if (this.sheets.length === 1) throw new Error('A spreadsheet must keep at least one sheet.');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.active === sheet) this.makeActive(this.sheets[0] as FakeSheet);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.call('toast', [msg, title, timeoutSeconds]);
    this.toasts.push({
      message: msg,
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? undefined,
    });
  }

  // ---- Not Apps Script: set-up and inspection for tests and the preview; never counted. ----

  /** Adds a sheet at the end (not made active). */
  addSheet(name: string, size?: SheetSize): FakeSheet {
    this.checkFreeName(name);
    const sheet = new FakeSheet(this.log, this, name, this.nextSheetId++, size);
    this.sheets.push(sheet);
    return sheet;
  }

  /** A sheet by name, uncounted; throws when there is none. */
  sheet(name: string): FakeSheet {
    const sheet = this.sheetNamed(name);
    if (sheet === undefined) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.nameUncounted());
  }

  activeSheetUncounted(): FakeSheet {
    return this.active;
  }

  /** Selects a block (A1 notation) on a sheet (default: the active one) and activates that sheet. */
  select(a1: string, sheetName?: string): FakeRange {
    const sheet = sheetName === undefined ? this.active : this.sheet(sheetName);
    this.active = sheet;
    const size = sheet.sizeUncounted();
    this.selection = sheet.rangeUncounted(parseA1(a1, size.rows, size.columns));
    return this.selection;
  }

  clearSelection(): void {
    this.selection = null;
  }

  makeActive(sheet: FakeSheet): void {
    if (!this.sheets.includes(sheet)) throw new Error('That sheet is not in this spreadsheet.');
    this.active = sheet;
    this.selection = sheet.rangeA1('A1');
  }

  checkFreeName(name: string, except?: FakeSheet): void {
    const taken = this.sheetNamed(name);
    if (taken !== undefined && taken !== except) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  evaluate(
    sheet: FakeSheet,
    row: number,
    column: number,
    formula: string,
    stored: unknown,
  ): unknown {
    return this.evaluator === undefined
      ? stored
      : this.evaluator(sheet, row, column, formula, stored);
  }

  private sheetNamed(name: string): FakeSheet | undefined {
    // Sheet names are compared without regard to case, as in Sheets.
    return this.sheets.find((s) => s.nameUncounted().toLowerCase() === name.toLowerCase());
  }

  private freeDefaultName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      if (this.sheetNamed(`Sheet${n}`) === undefined) return `Sheet${n}`;
    }
  }
}

/** SpreadsheetApp over one in-memory spreadsheet. */
export class FakeSpreadsheetApp {
  constructor(
    private readonly log: CallLog,
    readonly spreadsheet: FakeSpreadsheet,
  ) {}

  getActiveSpreadsheet(): FakeSpreadsheet {
    this.log.record('SpreadsheetApp', 'getActiveSpreadsheet');
    return this.spreadsheet;
  }

  getActive(): FakeSpreadsheet {
    this.log.record('SpreadsheetApp', 'getActive');
    return this.spreadsheet;
  }

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    this.log.record('SpreadsheetApp', 'newConditionalFormatRule');
    return new FakeConditionalFormatRuleBuilder(this.log);
  }

  newDataValidation(): FakeDataValidationBuilder {
    this.log.record('SpreadsheetApp', 'newDataValidation');
    return new FakeDataValidationBuilder(this.log);
  }

  flush(): void {
    this.log.record('SpreadsheetApp', 'flush');
  }
}
