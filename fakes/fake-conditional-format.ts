// In-memory conditional-format rules and their builder, as SpreadsheetApp.newConditionalFormatRule().

import type { CallLog } from './call-log';
import type { FakeRange } from './fake-range';

/** What a boolean rule tests: Apps Script's BooleanCriteria name and its values. */
export interface FakeCriteria {
  readonly type: string;
  readonly values: readonly unknown[];
}

export interface FakeFormat {
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean | null;
  readonly italic: boolean | null;
}

/** A colour scale: the colours of its end points. */
export interface FakeGradient {
  readonly minColor: string | null;
  readonly maxColor: string | null;
}

interface RuleState {
  criteria: FakeCriteria | null;
  format: FakeFormat;
  gradient: FakeGradient | null;
  ranges: FakeRange[];
}

const NO_FORMAT: FakeFormat = { background: null, fontColor: null, bold: null, italic: null };

export class FakeBooleanCondition {
  constructor(
    private readonly log: CallLog,
    private readonly criteria: FakeCriteria,
    private readonly format: FakeFormat,
  ) {}

  getCriteriaType(): string {
    this.log.record('BooleanCondition', 'getCriteriaType');
    return this.criteria.type;
  }

  getCriteriaValues(): unknown[] {
    this.log.record('BooleanCondition', 'getCriteriaValues');
    return [...this.criteria.values];
  }

  getBackground(): string | null {
    this.log.record('BooleanCondition', 'getBackground');
    return this.format.background;
  }

  getFontColor(): string | null {
    this.log.record('BooleanCondition', 'getFontColor');
    return this.format.fontColor;
  }

  getBold(): boolean | null {
    this.log.record('BooleanCondition', 'getBold');
    return this.format.bold;
  }

  getItalic(): boolean | null {
    this.log.record('BooleanCondition', 'getItalic');
    return this.format.italic;
  }
}

/** A built rule: immutable, like the real one. */
export class FakeConditionalFormatRule {
  constructor(
    private readonly log: CallLog,
    private readonly state: Readonly<RuleState>,
  ) {}

  getBooleanCondition(): FakeBooleanCondition | null {
    this.log.record('ConditionalFormatRule', 'getBooleanCondition');
    const { criteria, format } = this.state;
    return criteria === null ? null : new FakeBooleanCondition(this.log, criteria, format);
  }

  getGradientCondition(): FakeGradient | null {
    this.log.record('ConditionalFormatRule', 'getGradientCondition');
    return this.state.gradient;
  }

  getRanges(): FakeRange[] {
    this.log.record('ConditionalFormatRule', 'getRanges');
    return [...this.state.ranges];
  }

  copy(): FakeConditionalFormatRuleBuilder {
    this.log.record('ConditionalFormatRule', 'copy');
    return new FakeConditionalFormatRuleBuilder(this.log, this.state);
  }

  /** Not Apps Script: the rule as plain data, for assertions and the preview. Not counted. */
  describe(): {
    criteria: FakeCriteria | null;
    format: FakeFormat;
    gradient: FakeGradient | null;
    ranges: string[];
  } {
    return {
      criteria: this.state.criteria,
      format: this.state.format,
      gradient: this.state.gradient,
      ranges: this.state.ranges.map((r) => r.describe()),
    };
  }

  /** Not Apps Script: the ranges it covers, uncounted. */
  rangesUncounted(): readonly FakeRange[] {
    return this.state.ranges;
  }
}

export class FakeConditionalFormatRuleBuilder {
  private state: RuleState;

  constructor(
    private readonly log: CallLog,
    from?: Readonly<RuleState>,
  ) {
    this.state = from
      ? { ...from, ranges: [...from.ranges] }
      : { criteria: null, format: NO_FORMAT, gradient: null, ranges: [] };
  }

  private when(method: string, type: string, values: unknown[]): this {
    this.log.record('ConditionalFormatRuleBuilder', method, values);
    this.state = { ...this.state, criteria: { type, values }, gradient: null };
    return this;
  }

  private formatWith(method: string, change: Partial<FakeFormat>, arg: unknown): this {
    this.log.record('ConditionalFormatRuleBuilder', method, [arg]);
    this.state = { ...this.state, format: { ...this.state.format, ...change } };
    return this;
  }

  whenFormulaSatisfied(formula: string): this {
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }

  whenNumberLessThanOrEqualTo(number: number): this {
    return this.when('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberLessThan(number: number): this {
    return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }

  whenNumberGreaterThan(number: number): this {
    return this.when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }

  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.when('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberBetween(start: number, end: number): this {
    return this.when('whenNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }

  whenTextEqualTo(text: string): this {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }

  whenTextContains(text: string): this {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [text]);
  }

  whenCellEmpty(): this {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }

  whenCellNotEmpty(): this {
    return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []);
  }

  setBackground(color: string | null): this {
    return this.formatWith('setBackground', { background: color }, color);
  }

  setFontColor(color: string | null): this {
    return this.formatWith('setFontColor', { fontColor: color }, color);
  }

  setBold(bold: boolean | null): this {
    return this.formatWith('setBold', { bold }, bold);
  }

  setItalic(italic: boolean | null): this {
    return this.formatWith('setItalic', { italic }, italic);
  }

  setGradientMinpoint(color: string): this {
    this.log.record('ConditionalFormatRuleBuilder', 'setGradientMinpoint', [color]);
    const gradient = { minColor: color, maxColor: this.state.gradient?.maxColor ?? null };
    this.state = { ...this.state, criteria: null, gradient };
    return this;
  }

  setGradientMaxpoint(color: string): this {
    this.log.record('ConditionalFormatRuleBuilder', 'setGradientMaxpoint', [color]);
    const gradient = { minColor: this.state.gradient?.minColor ?? null, maxColor: color };
    this.state = { ...this.state, criteria: null, gradient };
    return this;
  }

  setRanges(ranges: FakeRange[]): this {
    this.log.record('ConditionalFormatRuleBuilder', 'setRanges', [ranges]);
    this.state = { ...this.state, ranges: [...ranges] };
    return this;
  }

  getRanges(): FakeRange[] {
    this.log.record('ConditionalFormatRuleBuilder', 'getRanges');
    return [...this.state.ranges];
  }

  getBooleanCondition(): FakeBooleanCondition | null {
    this.log.record('ConditionalFormatRuleBuilder', 'getBooleanCondition');
    const { criteria, format } = this.state;
    return criteria === null ? null : new FakeBooleanCondition(this.log, criteria, format);
  }

  copy(): FakeConditionalFormatRuleBuilder {
    this.log.record('ConditionalFormatRuleBuilder', 'copy');
    return new FakeConditionalFormatRuleBuilder(this.log, this.state);
  }

  /** Like Apps Script: a rule needs a condition (or a gradient) and at least one range. */
  build(): FakeConditionalFormatRule {
    this.log.record('ConditionalFormatRuleBuilder', 'build');
    if (this.state.criteria === null && this.state.gradient === null) {
      throw new Error('Conditional format rule must have a condition or a gradient.');
    }
    if (this.state.ranges.length === 0) {
      throw new Error('Conditional format rule must have at least one range.');
    }
    return new FakeConditionalFormatRule(this.log, { ...this.state });
  }
}
