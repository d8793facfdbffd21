// In-memory data-validation rules and their builder, as SpreadsheetApp.newDataValidation().

import type { CallLog } from './call-log';

interface ValidationState {
  type: string;
  values: readonly unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class FakeDataValidation {
  constructor(
    private readonly log: CallLog,
    private readonly state: Readonly<ValidationState>,
  ) {}

  getCriteriaType(): string {
    this.log.record('DataValidation', 'getCriteriaType');
    return this.state.type;
  }

  getCriteriaValues(): unknown[] {
    this.log.record('DataValidation', 'getCriteriaValues');
    return [...this.state.values];
  }

  getAllowInvalid(): boolean {
    this.log.record('DataValidation', 'getAllowInvalid');
    return this.state.allowInvalid;
  }

  getHelpText(): string {
    this.log.record('DataValidation', 'getHelpText');
    return this.state.helpText;
  }

  copy(): FakeDataValidationBuilder {
    this.log.record('DataValidation', 'copy');
    return new FakeDataValidationBuilder(this.log, this.state);
  }

  /** Not Apps Script: the rule as plain data. Not counted. */
  describe(): Readonly<ValidationState> {
    return this.state;
  }

  /**
   * Not Apps Script: whether Sheets would accept a value typed into the cell (blank always is).
   * Numbers typed as text ("12") count as numbers, as Sheets parses them on entry.
   */
  accepts(value: unknown): boolean {
    if (value === '' || value === null || value === undefined) return true;
    const [a, b] = this.state.values as [number, number];
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
    switch (this.state.type) {
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return Number.isFinite(n) && n >= a;
      case 'NUMBER_GREATER_THAN':
        return Number.isFinite(n) && n > a;
      case 'NUMBER_BETWEEN':
        return Number.isFinite(n) && n >= a && n <= b;
      case 'DATE_IS_VALID_DATE':
        return value instanceof Date && !Number.isNaN(value.getTime());
      case 'VALUE_IN_LIST':
        return (this.state.values[0] as unknown[]).includes(value);
      default:
        return true;
    }
  }
}

export class FakeDataValidationBuilder {
  private state: ValidationState;

  constructor(
    private readonly log: CallLog,
    from?: Readonly<ValidationState>,
  ) {
    this.state = from ? { ...from } : { type: '', values: [], allowInvalid: true, helpText: '' };
  }

  private require(method: string, type: string, values: unknown[]): this {
    this.log.record('DataValidationBuilder', method, values);
    this.state = { ...this.state, type, values };
    return this;
  }

  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.require('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [
      number,
    ]);
  }

  requireNumberGreaterThan(number: number): this {
    return this.require('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }

  requireNumberBetween(start: number, end: number): this {
    return this.require('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }

  requireDate(): this {
    return this.require('requireDate', 'DATE_IS_VALID_DATE', []);
  }

  requireValueInList(values: string[]): this {
    return this.require('requireValueInList', 'VALUE_IN_LIST', [values]);
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.log.record('DataValidationBuilder', 'setAllowInvalid', [allowInvalidData]);
    this.state = { ...this.state, allowInvalid: allowInvalidData };
    return this;
  }

  setHelpText(helpText: string): this {
    this.log.record('DataValidationBuilder', 'setHelpText', [helpText]);
    this.state = { ...this.state, helpText };
    return this;
  }

  build(): FakeDataValidation {
    this.log.record('DataValidationBuilder', 'build');
    if (this.state.type === '') throw new Error('Data validation rule needs a criterion.');
    return new FakeDataValidation(this.log, { ...this.state });
  }
}
