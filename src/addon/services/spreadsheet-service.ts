// The part of SpreadsheetApp the add-on uses, as structural subsets the real objects satisfy.

/** SpreadsheetApp: the open spreadsheet and the builders for rules. */
export interface SpreadsheetAppLike {
  getActiveSpreadsheet(): SpreadsheetLike;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderLike;
  newDataValidation(): DataValidationBuilderLike;
  /** Applies pending writes, e.g. before releasing a lock so the next holder reads them. */
  flush(): void;
}

export interface SpreadsheetLike {
  getActiveSheet(): SheetLike;
  getActiveRange(): RangeLike | null;
  getSheetByName(name: string): SheetLike | null;
  getSheets(): SheetLike[];
  insertSheet(sheetName: string): SheetLike;
  /** Inserting a sheet activates it; these put the user back where they were. */
  setActiveSheet(sheet: SheetLike): SheetLike;
  setActiveRange(range: RangeLike): RangeLike;
  /** The zone TODAY() and date cells are in, e.g. "Asia/Shanghai". */
  getSpreadsheetTimeZone(): string;
  toast(msg: string, title: string, timeoutSeconds: number): void;
}

export interface SheetLike {
  getName(): string;
  /** The sheet's id: what a link to it (`#gid=…`) names, and stays when the sheet is renamed. */
  getSheetId(): number;
  getRange(row: number, column: number): RangeLike;
  getRange(row: number, column: number, numRows: number): RangeLike;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  getRange(a1Notation: string): RangeLike;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  /** Adds empty rows below `afterPosition`, e.g. at the end before appending past the last row. */
  insertRowsAfter(afterPosition: number, howMany: number): SheetLike;
  getMaxColumns(): number;
  /** Adds empty columns right of `afterPosition`, e.g. at the end before writing past the last. */
  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike;
  /** Hides the sheet from the tab bar (the add-on's own bookkeeping sheets). */
  hideSheet(): SheetLike;
  getFrozenRows(): number;
  setFrozenRows(rows: number): void;
  getFrozenColumns(): number;
  setFrozenColumns(columns: number): void;
  getConditionalFormatRules(): ConditionalFormatRuleLike[];
  setConditionalFormatRules(rules: ConditionalFormatRuleLike[]): void;
}

export interface RangeLike {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  getValues(): unknown[][];
  setValues(values: unknown[][]): unknown;
  getFormulas(): string[][];
  setFormula(formula: string): unknown;
  setFormulas(formulas: string[][]): unknown;
  getNotes(): string[][];
  setNotes(notes: string[][]): unknown;
  getNumberFormats(): string[][];
  setNumberFormat(numberFormat: string): unknown;
  setDataValidation(rule: DataValidationLike | null): unknown;
  getDataValidations(): (DataValidationLike | null)[][];
  setFontWeight(fontWeight: string | null): unknown;
  setBackgrounds(colors: string[][]): unknown;
  setWrap(isWrapEnabled: boolean): unknown;
}

/** A conditional-format rule as Sheets returns it. */
export interface ConditionalFormatRuleLike {
  getBooleanCondition(): BooleanConditionLike | null;
  getRanges(): RangeLike[];
}

export interface BooleanConditionLike {
  /** For a custom-formula rule, the formula is the first value. */
  getCriteriaValues(): unknown[];
  getBackground(): string | null;
}

export interface ConditionalFormatRuleBuilderLike {
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderLike;
  setBackground(color: string | null): ConditionalFormatRuleBuilderLike;
  setRanges(ranges: RangeLike[]): ConditionalFormatRuleBuilderLike;
  build(): ConditionalFormatRuleLike;
}

export interface DataValidationLike {
  getAllowInvalid(): boolean;
  getCriteriaValues(): unknown[];
  getHelpText(): string;
}

export interface DataValidationBuilderLike {
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderLike;
  requireDate(): DataValidationBuilderLike;
  /** A drop-down of these words; with setAllowInvalid(false) nothing else can be typed. */
  requireValueInList(values: string[]): DataValidationBuilderLike;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderLike;
  setHelpText(helpText: string): DataValidationBuilderLike;
  build(): DataValidationLike;
}
