// Evaluates a sheet's conditional-format rules, the add-on's and the user's, to cell colours.

import type {
  ConditionalFormatRuleLike,
  RangeLike,
} from '../../src/addon/platform/services/spreadsheet-service';
import type { ComputedValue } from '../engine/engine-values';
import { shiftFormula } from '../engine/shift-formula';
import { applies, type CellReader, parseRuleFormula } from './rule-formula';

/** The colours a rule gives a cell. */
export interface RuleStyle {
  readonly background?: string;
  readonly fontColor?: string;
}

interface CompiledRule {
  readonly areas: readonly Area[];
  readonly style: RuleStyle;
  /** Whether the rule applies `rows` below and `cols` right of its area's top-left cell. */
  readonly test: (
    read: CellReader,
    rows: number,
    cols: number,
    row: number,
    col: number,
  ) => boolean;
}

/** 0-based, end-exclusive. */
interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Evaluates a formula the small evaluator does not handle, for the cell at row, col (0-based). */
export type FormulaFallback = (formula: string) => ComputedValue;

/**
 * The rules of one sheet, compiled once and evaluated for the cells being drawn. As in Sheets,
 * the first rule (in the sheet's order) that applies to a cell sets its colours.
 */
export class ConditionalColours {
  private readonly rules: readonly CompiledRule[];

  constructor(rules: readonly ConditionalFormatRuleLike[], fallback: FormulaFallback) {
    this.rules = rules.flatMap((rule) => {
      const compiled = compile(rule, fallback);
      return compiled === undefined ? [] : [compiled];
    });
  }

  get size(): number {
    return this.rules.length;
  }

  /** The style of a cell (0-based): the first rule that applies wins, as in Sheets. */
  styleAt(read: CellReader, row: number, col: number): RuleStyle | undefined {
    for (const rule of this.rules) {
      const area = rule.areas.find(
        (a) => row >= a.top && row < a.bottom && col >= a.left && col < a.right,
      );
      if (area === undefined) continue;
      if (rule.test(read, row - area.top, col - area.left, row, col)) return rule.style;
    }
    return undefined;
  }
}

function compile(
  rule: ConditionalFormatRuleLike,
  fallback: FormulaFallback,
): CompiledRule | undefined {
  const condition = rule.getBooleanCondition();
  if (condition === null) return undefined;
  const style: RuleStyle = {
    background: condition.getBackground() ?? undefined,
    fontColor: optionalString(condition, 'getFontColor'),
  };
  if (style.background === undefined && style.fontColor === undefined) return undefined;
  const areas = rule.getRanges().map(areaOf);
  const values = condition.getCriteriaValues();
  const type = criteriaType(condition);
  if (type === 'CUSTOM_FORMULA' || (type === undefined && typeof values[0] === 'string')) {
    const formula = String(values[0] ?? '');
    const parsed = parseRuleFormula(formula);
    if (parsed !== undefined) {
      return { areas, style, test: (read, rows, cols) => parsed.test(read, rows, cols) };
    }
    return {
      areas,
      style,
      test: (_read, rows, cols) => applies(fallback(shiftFormula(formula, rows, cols))),
    };
  }
  const test = simpleCriterion(type, values);
  if (test === undefined) return undefined;
  return { areas, style, test: (read, _rows, _cols, row, col) => test(read(row, col)) };
}

function areaOf(range: RangeLike): Area {
  const top = range.getRow() - 1;
  const left = range.getColumn() - 1;
  return { top, left, bottom: top + range.getNumRows(), right: left + range.getNumColumns() };
}

function optionalString(target: object, method: string): string | undefined {
  const fn = (target as Record<string, unknown>)[method];
  if (typeof fn !== 'function') return undefined;
  const value = (fn as () => unknown).call(target);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The criteria type's name (`CUSTOM_FORMULA`, `NUMBER_LESS_THAN`, …) when the rule reports one. */
function criteriaType(condition: object): string | undefined {
  const fn = (condition as Record<string, unknown>).getCriteriaType;
  if (typeof fn !== 'function') return undefined;
  const type = (fn as () => unknown).call(condition);
  return type === undefined || type === null ? undefined : String(type);
}

/** The built-in criteria a user may pick in Sheets' rule editor (the common ones). */
function simpleCriterion(
  type: string | undefined,
  values: readonly unknown[],
): ((value: ComputedValue) => boolean) | undefined {
  const [a, b] = values.map((v) => Number(v));
  const num = (v: ComputedValue) => (typeof v === 'number' ? v : undefined);
  const text = (v: ComputedValue) =>
    typeof v === 'string' ? v.toLowerCase() : String(v).toLowerCase();
  const needle = String(values[0] ?? '').toLowerCase();
  switch (type) {
    case 'CELL_EMPTY':
      return (v) => v === '';
    case 'CELL_NOT_EMPTY':
      return (v) => v !== '';
    case 'NUMBER_GREATER_THAN':
      return (v) => (num(v) ?? Number.NaN) > (a as number);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return (v) => (num(v) ?? Number.NaN) >= (a as number);
    case 'NUMBER_LESS_THAN':
      return (v) => (num(v) ?? Number.NaN) < (a as number);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return (v) => (num(v) ?? Number.NaN) <= (a as number);
    case 'NUMBER_EQUAL_TO':
      return (v) => num(v) === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return (v) => num(v) !== a;
    case 'NUMBER_BETWEEN':
      return (v) =>
        (num(v) ?? Number.NaN) >= (a as number) && (num(v) ?? Number.NaN) <= (b as number);
    case 'NUMBER_NOT_BETWEEN':
      return (v) =>
        num(v) !== undefined &&
        ((num(v) as number) < (a as number) || (num(v) as number) > (b as number));
    case 'TEXT_EQUAL_TO':
      return (v) => text(v) === needle;
    case 'TEXT_CONTAINS':
      return (v) => text(v).includes(needle);
    case 'TEXT_DOES_NOT_CONTAIN':
      return (v) => !text(v).includes(needle);
    case 'TEXT_STARTS_WITH':
      return (v) => text(v).startsWith(needle);
    case 'TEXT_ENDS_WITH':
      return (v) => text(v).endsWith(needle);
    default:
      return undefined;
  }
}
