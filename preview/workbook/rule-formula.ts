// A small evaluator for conditional-format formulas: parsed once per rule, evaluated per cell.

import { columnNumber } from '../../src/addon/platform/column-letter';
import { type ComputedValue, isSheetError, type SheetError } from '../engine/engine-values';

/** Reads a computed cell, 0-based; blank cells are ''. */
export type CellReader = (row: number, col: number) => ComputedValue;

type Node =
  | { readonly kind: 'value'; readonly value: number | string | boolean }
  | {
      readonly kind: 'ref';
      readonly row: number;
      readonly col: number;
      readonly rowFixed: boolean;
      readonly colFixed: boolean;
    }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Node[] }
  | { readonly kind: 'unary'; readonly op: string; readonly arg: Node }
  | { readonly kind: 'binary'; readonly op: string; readonly left: Node; readonly right: Node };

/** A parsed rule formula, or undefined when it uses something this evaluator does not know. */
export interface RuleFormula {
  /** Whether the rule applies to the cell `rows` below and `cols` right of its anchor cell. */
  test(read: CellReader, rows: number, cols: number): boolean;
}

const FUNCTIONS = new Set([
  'AND',
  'OR',
  'NOT',
  'ISNUMBER',
  'ISTEXT',
  'ISBLANK',
  'ISERROR',
  'N',
  'IF',
]);

/**
 * Parses the formulas the add-on writes (`=AND(ISNUMBER($Q2), $Q2<=20, N("…")=0)`,
 * `=AND($T2="OUT_OF_STOCK", …)`) and any formula built from the same pieces: numbers, text,
 * TRUE/FALSE, single-cell references, comparisons, + − × ÷ &, and AND, OR, NOT, ISNUMBER,
 * ISTEXT, ISBLANK, ISERROR, N, IF. Anything else (ranges, other sheets, other functions) returns
 * undefined so the caller can hand the formula to the spreadsheet engine instead.
 */
export function parseRuleFormula(formula: string): RuleFormula | undefined {
  const tokens = tokenize(formula.trim().replace(/^=/, ''));
  if (tokens === undefined) return undefined;
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];

  /** One level of left-associative binary operators over the level below it. */
  const binaryLevel =
    (ops: readonly string[], operand: () => Node | undefined) => (): Node | undefined => {
      let left = operand();
      while (left && ops.includes(peek() ?? '')) {
        const op = next() as string;
        const right = operand();
        if (!right) return undefined;
        left = { kind: 'binary', op, left, right };
      }
      return left;
    };
  const multiplicative = binaryLevel(['*', '/'], unary);
  const additive = binaryLevel(['+', '-'], multiplicative);
  const concat = binaryLevel(['&'], additive);
  const comparison = binaryLevel(['=', '<>', '<', '<=', '>', '>='], concat);
  const expression = comparison;
  function unary(): Node | undefined {
    if (peek() === '-' || peek() === '+') {
      const op = next() as string;
      const arg = unary();
      return arg && { kind: 'unary', op, arg };
    }
    return primary();
  }
  function primary(): Node | undefined {
    const token = next();
    if (token === undefined) return undefined;
    if (token === '(') {
      const inner = expression();
      return next() === ')' ? inner : undefined;
    }
    if (token.startsWith('"'))
      return { kind: 'value', value: token.slice(1, -1).replace(/""/g, '"') };
    if (/^\d|^\.\d/.test(token)) return { kind: 'value', value: Number(token) };
    const ref = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(token);
    if (ref && peek() !== '(') {
      return {
        kind: 'ref',
        col: columnNumber(ref[2] as string) - 1,
        row: Number(ref[4]) - 1,
        colFixed: ref[1] === '$',
        rowFixed: ref[3] === '$',
      };
    }
    const name = token.toUpperCase();
    if ((name === 'TRUE' || name === 'FALSE') && peek() !== '(') {
      return { kind: 'value', value: name === 'TRUE' };
    }
    if (peek() !== '(') return undefined;
    next();
    const args: Node[] = [];
    if (peek() === ')') {
      next();
    } else {
      for (;;) {
        const arg = expression();
        if (!arg) return undefined;
        args.push(arg);
        const sep = next();
        if (sep === ')') break;
        if (sep !== ',') return undefined;
      }
    }
    if (name === 'TRUE' || name === 'FALSE') return { kind: 'value', value: name === 'TRUE' };
    if (!FUNCTIONS.has(name)) return undefined;
    return { kind: 'call', name, args };
  }

  const root = expression();
  if (root === undefined || at !== tokens.length) return undefined;
  return {
    test: (read, rows, cols) => applies(evaluate(root, read, rows, cols)),
  };
}

/** Whether a rule's computed condition makes it apply: TRUE or a non-zero number, as in Sheets. */
export function applies(value: ComputedValue): boolean {
  return value === true || (typeof value === 'number' && value !== 0);
}

const TOKEN =
  /\s*("(?:[^"]|"")*"|\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+|<>|<=|>=|[=<>+\-*/&(),]|\$?[A-Za-z_][\w.]*\$?\d*|\$?[A-Za-z]{1,3}\$?\d+)/y;

function tokenize(text: string): string[] | undefined {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let index = 0;
  while (index < text.length) {
    TOKEN.lastIndex = index;
    const match = TOKEN.exec(text);
    if (match === null) {
      if (text.slice(index).trim() === '') break;
      return undefined;
    }
    tokens.push(match[1] as string);
    index = TOKEN.lastIndex;
  }
  return tokens;
}

function evaluate(node: Node, read: CellReader, rows: number, cols: number): ComputedValue {
  switch (node.kind) {
    case 'value':
      return node.value;
    case 'ref': {
      const value = read(
        node.rowFixed ? node.row : node.row + rows,
        node.colFixed ? node.col : node.col + cols,
      );
      return typeof value === 'number' && !Number.isFinite(value)
        ? { error: '#NUM!', message: 'not a finite number' }
        : value;
    }
    case 'unary': {
      const value = toNumber(evaluate(node.arg, read, rows, cols));
      if (typeof value !== 'number') return value;
      return node.op === '-' ? -value : value;
    }
    case 'binary': {
      const left = evaluate(node.left, read, rows, cols);
      const right = evaluate(node.right, read, rows, cols);
      if (isSheetError(left)) return left;
      if (isSheetError(right)) return right;
      if (node.op === '&') return text(left) + text(right);
      if (['+', '-', '*', '/'].includes(node.op)) return arithmetic(node.op, left, right);
      return compare(node.op, left, right);
    }
    case 'call':
      return call(node.name, node.args, read, rows, cols);
  }
}

function call(
  name: string,
  args: readonly Node[],
  read: CellReader,
  rows: number,
  cols: number,
): ComputedValue {
  const arg = (i: number): ComputedValue => {
    const node = args[i];
    return node === undefined ? '' : evaluate(node, read, rows, cols);
  };
  switch (name) {
    case 'AND':
    case 'OR': {
      let result = name === 'AND';
      for (let i = 0; i < args.length; i++) {
        const value = truth(arg(i));
        if (typeof value !== 'boolean') return value;
        result = name === 'AND' ? result && value : result || value;
      }
      return result;
    }
    case 'NOT': {
      const value = truth(arg(0));
      return typeof value === 'boolean' ? !value : value;
    }
    case 'ISNUMBER': {
      const value = arg(0);
      return typeof value === 'number' || value instanceof Date;
    }
    case 'ISTEXT': {
      const value = arg(0);
      return typeof value === 'string' && value !== '';
    }
    case 'ISBLANK':
      return arg(0) === '';
    case 'ISERROR':
      return isSheetError(arg(0));
    case 'N': {
      const value = arg(0);
      if (typeof value === 'number') return value;
      if (typeof value === 'boolean') return value ? 1 : 0;
      return isSheetError(value) ? value : 0;
    }
    case 'IF': {
      const test = truth(arg(0));
      if (typeof test !== 'boolean') return test;
      return test ? arg(1) : args.length > 2 ? arg(2) : false;
    }
    default:
      return { error: '#NAME?', message: name };
  }
}

function truth(value: ComputedValue): boolean | SheetError {
  if (isSheetError(value)) return value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value === '') return false;
  if (typeof value === 'string') {
    const upper = value.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  }
  return { error: '#VALUE!', message: 'not a logical value' };
}

function toNumber(value: ComputedValue): number | SheetError {
  if (isSheetError(value)) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  if (value === '') return 0;
  const n = Number(value);
  return Number.isFinite(n) && value.trim() !== ''
    ? n
    : { error: '#VALUE!', message: 'not a number' };
}

function text(value: ComputedValue): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function arithmetic(
  op: string,
  leftValue: ComputedValue,
  rightValue: ComputedValue,
): ComputedValue {
  const left = toNumber(leftValue);
  const right = toNumber(rightValue);
  if (typeof left !== 'number') return left;
  if (typeof right !== 'number') return right;
  if (op === '+') return left + right;
  if (op === '-') return left - right;
  if (op === '*') return left * right;
  if (right === 0) return { error: '#DIV/0!', message: 'division by zero' };
  return left / right;
}

/** Sheets' ordering: blank acts as 0 or "" as needed; numbers < text < booleans; text ignores case. */
function compare(op: string, leftValue: ComputedValue, rightValue: ComputedValue): boolean {
  let left = leftValue instanceof Date ? leftValue.getTime() : leftValue;
  let right = rightValue instanceof Date ? rightValue.getTime() : rightValue;
  if (left === '' && typeof right === 'number') left = 0;
  if (right === '' && typeof left === 'number') right = 0;
  if (left === '' && typeof right === 'boolean') left = false;
  if (right === '' && typeof left === 'boolean') right = false;
  const rank = (v: unknown) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let order: number;
  if (rank(left) !== rank(right)) {
    order = rank(left) - rank(right);
  } else if (typeof left === 'string' && typeof right === 'string') {
    const a = left.toLowerCase();
    const b = right.toLowerCase();
    order = a < b ? -1 : a > b ? 1 : 0;
  } else {
    const a = Number(left);
    const b = Number(right);
    order = a < b ? -1 : a > b ? 1 : 0;
  }
  switch (op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    default:
      return order >= 0;
  }
}
