// The replenishment sheet's formulas read as SQL: the same custom functions over the same columns,
// so the BigQuery view computes what the sheet computes. Every value is typed (number, text, date,
// true/false) and every Sheets coercion is written out: a blank is NULL, `x=""` is Sheets' blank
// test, text compares without case, TRUE counts 1 in a sum, arithmetic that overflows or divides
// by 0 is NULL (an error cell in Sheets) instead of failing the query. A worked-out cell holding a
// message is not blank, as in Sheets; arithmetic on it is NULL (an error cell there), and a custom
// function given it gives NULL with that message (a message there). Only the forms the template
// writes are understood; anything else fails the build, naming the formula.

import { CUSTOM_FUNCTIONS } from '../addon/custom-functions/catalog';
import type { CustomFunctionSpec } from '../addon/custom-functions/spec';
import { type FormulaNode, FormulaSqlError, parseFormula } from './sheet-formula';
import { qualified, sqlString } from './sql-text';
import { resultColumns, udfSignature } from './udf-signature';

/** What a cell holds, as the translation tracks it. */
export type ValueType = 'number' | 'text' | 'date' | 'bool';

/** The BigQuery type of each kind of value. */
export const SQL_TYPES: Readonly<Record<ValueType, string>> = {
  number: 'FLOAT64',
  text: 'STRING',
  date: 'DATE',
  bool: 'BOOL',
};

/** A column as a formula reads it: its SQL, its type, and its message when it has one. */
export interface SqlColumn {
  readonly sql: string;
  readonly type: ValueType;
  /** SQL of the message a worked-out column holds instead of a value; NULL when it has none. */
  readonly error?: string;
}

/**
 * A formula as SQL: one custom-function call (its SQL arguments; `blankWhen` the rows Sheets
 * leaves blank without calling it), or an expression of a type with, when a custom function
 * inside it can give a message instead of a value, that message's SQL.
 */
export type FormulaSql =
  | {
      readonly kind: 'call';
      readonly fn: string;
      readonly args: readonly string[];
      readonly type: ValueType;
      readonly blankWhen?: string;
      /** SQL of the message of an argument column: the call then gives that message instead. */
      readonly failedWhen?: string;
    }
  | {
      readonly kind: 'expr';
      readonly sql: string;
      readonly type: ValueType;
      readonly error?: string;
    };

/** A row test as SQL, and its negation. */
interface SqlTest {
  readonly is: string;
  readonly isNot: string;
}

/** Sheets' test "this cell is blank or empty text": SQL, or known outright. */
type BlankTest = boolean | SqlTest;

/** One translated piece of a formula. */
interface Value {
  readonly sql: string;
  /** `blank`: the formula's "" (no value, of any type). `weights`: an array such as {0.5,0.3,0.2}. */
  readonly type: ValueType | 'blank' | 'weights';
  /** INT64 in SQL (an integer literal, a count of TRUEs): Sheets has one kind of number. */
  readonly int?: boolean;
  /** Known to be lower case already (LOWER, a lower-case literal). */
  readonly lower?: boolean;
  readonly blank: BlankTest;
  /** SQL of the message a custom function inside it gives instead of a value. */
  readonly error?: string;
  /**
   * SQL of the message of a column it passes on (as the cell's text, or as an error cell after
   * arithmetic): a custom function given it gives a message instead of a value.
   */
  readonly failed?: string;
  /** Reads a column: a range, one value per row, in Sheets; otherwise one value for every row. */
  readonly perRow: boolean;
}

const NULL = 'NULL';

/**
 * What an IF's test proves about a column inside a branch: `present` (not blank; it may still
 * hold a message instead of a value) or `number` (it holds a number).
 */
type Known = ReadonlyMap<string, 'present' | 'number'>;

/** Sheets' + − × ÷: an overflow or a division by 0 is an error cell there, NULL here. */
const SAFE_ARITHMETIC = {
  '+': 'SAFE_ADD',
  '-': 'SAFE_SUBTRACT',
  '*': 'SAFE_MULTIPLY',
  '/': 'SAFE_DIVIDE',
} as const;

/**
 * Reads a formula whose column ranges are written as bare column names (the template's formula
 * with `range: (key) => key`) and gives it as SQL; `column` gives a column's SQL and type.
 * @example formulaSql('=COVER_DAYS(fbaStock, dailySales, inbound)', numberColumn) // a call
 */
export function formulaSql(formula: string, column: (name: string) => SqlColumn): FormulaSql {
  const fail = (why: string): never => {
    throw new FormulaSqlError(formula, why);
  };
  let root = parseFormula(formula);
  while (root.type === 'call' && root.fn === 'ARRAYFORMULA' && root.args.length === 1) {
    root = root.args[0] as FormulaNode;
  }

  const columnValue = (name: string, known: Known): Value => {
    const c = column(name);
    const proven = known.get(name);
    return {
      sql: c.sql,
      type: c.type,
      blank: proven === undefined ? columnBlank(c) : false,
      perRow: true,
      ...(proven === 'number' || c.error === undefined ? {} : { failed: c.error }),
    };
  };

  /** A value that must be there: Sheets reads a blank cell as 0 and "" as an error, SQL as NULL. */
  const present = (value: Value, node: FormulaNode): Value => {
    if (value.blank === false) return value;
    return fail(
      `${describe(node)} may be blank there, which Sheets reads as 0 or as an error depending on where it came from: test it first, IF(x="", …)`,
    );
  };

  const number = (value: Value, node: FormulaNode): Value => {
    if (value.type === 'number') return present(value, node);
    if (value.type === 'bool') {
      // Sheets counts TRUE as 1; BigQuery casts a BOOL only to INT64.
      return { ...value, sql: `CAST(${value.sql} AS INT64)`, type: 'number', int: true };
    }
    return fail(`${describe(node)} is ${value.type}, not a number`);
  };

  const translate = (node: FormulaNode, known: Known): Value => {
    switch (node.type) {
      case 'number':
        return {
          sql: node.value,
          type: 'number',
          int: !node.value.includes('.') && Number.isSafeInteger(Number(node.value)),
          blank: false,
          perRow: false,
        };
      case 'text':
        if (node.value === '') return { sql: NULL, type: 'blank', blank: true, perRow: false };
        return {
          sql: sqlString(node.value),
          type: 'text',
          lower: node.value === node.value.toLowerCase(),
          blank: false,
          perRow: false,
        };
      case 'column':
        return columnValue(node.name, known);
      case 'array': {
        const items = node.items.map((item) => number(translate(item, known), item));
        if (items.some((item) => item.perRow)) fail('an array of columns');
        return {
          sql: `[${items.map((item) => item.sql).join(', ')}]`,
          type: 'weights',
          blank: items.length === 0,
          perRow: false,
        };
      }
      case 'binary':
        return node.op in SAFE_ARITHMETIC ? arithmetic(node, known) : comparison(node, known);
      case 'call':
        return call(node, known);
    }
  };

  const arithmetic = (node: Extract<FormulaNode, { type: 'binary' }>, known: Known): Value => {
    const left = present(translate(node.left, known), node.left);
    const right = present(translate(node.right, known), node.right);
    const perRow = left.perRow || right.perRow;
    const error = firstError([left, right]);
    const failed = withFailed(firstFailed([left, right]));
    if (left.type === 'date' || right.type === 'date') {
      if (node.op !== '-' || left.type !== 'date' || right.type !== 'date') {
        return fail(`${node.op} of a date: only date − date (whole days) is read`);
      }
      return {
        sql: `CAST(DATE_DIFF(${left.sql}, ${right.sql}, DAY) AS FLOAT64)`,
        type: 'number',
        blank: false,
        perRow,
        ...withError(error),
        ...failed,
      };
    }
    const a = number(left, node.left);
    const b = number(right, node.right);
    const fn = SAFE_ARITHMETIC[node.op as keyof typeof SAFE_ARITHMETIC];
    return {
      sql: `${fn}(${a.sql}, ${b.sql})`,
      type: 'number',
      int: a.int === true && b.int === true && node.op !== '/',
      blank: false,
      perRow,
      ...withError(error),
      ...failed,
    };
  };

  const comparison = (node: Extract<FormulaNode, { type: 'binary' }>, known: Known): Value => {
    const blankSide = isEmptyText(node.right)
      ? node.left
      : isEmptyText(node.left)
        ? node.right
        : undefined;
    if (blankSide !== undefined && (node.op === '=' || node.op === '<>')) {
      // x="" is Sheets' blank test: true for an empty cell and for empty text.
      const side = translate(blankSide, known);
      const sql = testSql(side.blank, node.op === '=' ? 'is' : 'isNot');
      return { sql, type: 'bool', blank: false, perRow: side.perRow };
    }
    const left = translate(node.left, known);
    const right = translate(node.right, known);
    for (const [side, value] of [
      [node.left, left],
      [node.right, right],
    ] as const) {
      if (value.failed !== undefined) {
        fail(
          `${describe(side)} may hold a message, which Sheets compares as text: test it with ISNUMBER first`,
        );
      }
    }
    const perRow = left.perRow || right.perRow;
    const error = firstError([left, right]);
    const op = node.op === '<>' ? '!=' : node.op;
    /** The comparison's value: never blank, an error when a side is one. */
    const comparisonOf = (sql: string): Value => ({
      sql,
      type: 'bool',
      blank: false,
      perRow,
      ...withError(error),
    });
    if (left.type === 'text' && right.type === 'text') {
      if (node.op !== '=' && node.op !== '<>') {
        return fail(`${node.op} between texts follows Sheets' collation, which SQL does not have`);
      }
      // Sheets compares text without case; an empty cell is "" here.
      const side = (v: Value) => {
        const text = v.blank === false ? v.sql : `COALESCE(${v.sql}, "")`;
        return v.lower ? text : `LOWER(${text})`;
      };
      return comparisonOf(`${side(left)} ${op} ${side(right)}`);
    }
    const same =
      (left.type === 'number' || left.type === 'date' || left.type === 'bool') &&
      left.type === right.type;
    if (!same) return fail(`${node.op} between ${left.type} and ${right.type}`);
    present(left, node.left);
    present(right, node.right);
    const operand = (v: Value) => (v.type === 'bool' ? `(${v.sql})` : v.sql);
    return comparisonOf(`${operand(left)} ${op} ${operand(right)}`);
  };

  const call = (node: Extract<FormulaNode, { type: 'call' }>, known: Known): Value => {
    const { fn, args } = node;
    const arity = (count: number) => {
      if (args.length !== count) fail(`${fn} with ${args.length} arguments, not ${count}`);
    };
    const spec = CUSTOM_FUNCTIONS.find((s) => s.name === fn);
    if (spec !== undefined) return nestedCall(spec, customCall(spec, args, known));
    switch (fn) {
      case 'TODAY':
        arity(0);
        return { sql: 'CURRENT_DATE()', type: 'date', blank: false, perRow: false };
      case 'IF':
        arity(3);
        return ifValue(args as [FormulaNode, FormulaNode, FormulaNode], known);
      case 'ISNUMBER': {
        arity(1);
        const value = translate(args[0] as FormulaNode, known);
        if (value.type === 'text' || value.type === 'weights') {
          return fail(`ISNUMBER of ${value.type}: a text cell may hold a number in Sheets`);
        }
        // A date is a number in Sheets; TRUE and "" are not.
        const sql =
          value.type === 'number' || value.type === 'date' ? `${value.sql} IS NOT NULL` : 'FALSE';
        return { sql, type: 'bool', blank: false, perRow: value.perRow };
      }
      case 'LOWER':
      case 'TRIM': {
        arity(1);
        const value = translate(args[0] as FormulaNode, known);
        if (value.type === 'blank') return value;
        if (value.type !== 'text') return fail(`${fn} of ${value.type}, not text`);
        // Sheets' TRIM removes spaces at both ends and runs of spaces inside, nothing else.
        const sql =
          fn === 'LOWER'
            ? `LOWER(${value.sql})`
            : `REGEXP_REPLACE(TRIM(${value.sql}, " "), " +", " ")`;
        return {
          sql,
          type: 'text',
          lower: fn === 'LOWER' || value.lower === true,
          blank: value.blank === false ? false : textBlank(sql),
          perRow: value.perRow,
          ...withError(value.error),
          ...withFailed(value.failed),
        };
      }
      default:
        return fail(`${fn} has no SQL translation`);
    }
  };

  const ifValue = (
    [test, then, otherwise]: [FormulaNode, FormulaNode, FormulaNode],
    known: Known,
  ): Value => {
    const cond = translate(test, known);
    if (cond.type !== 'bool') return fail(`IF tests ${cond.type}, not TRUE or FALSE`);
    const branches = narrowed(test, known);
    const a = translate(then, branches.whenTrue);
    const b = translate(otherwise, branches.whenFalse);
    const types = [a.type, b.type].filter((t) => t !== 'blank');
    if (types.includes('weights') || new Set(types).size > 1) {
      return fail(`IF gives ${a.type} one way and ${b.type} the other`);
    }
    const either = (pick: (v: Value) => string | undefined) =>
      pick(a) === undefined && pick(b) === undefined
        ? undefined
        : `IF(${cond.sql}, ${pick(a) ?? NULL}, ${pick(b) ?? NULL})`;
    const blank: BlankTest =
      a.blank === b.blank && typeof a.blank === 'boolean'
        ? a.blank
        : {
            is: `IF(${cond.sql}, ${testSql(a.blank, 'is')}, ${testSql(b.blank, 'is')})`,
            isNot: `IF(${cond.sql}, ${testSql(a.blank, 'isNot')}, ${testSql(b.blank, 'isNot')})`,
          };
    return {
      sql: `IF(${cond.sql}, ${a.sql}, ${b.sql})`,
      type: (types[0] ?? 'blank') as Value['type'],
      int: (a.int === true || a.type === 'blank') && (b.int === true || b.type === 'blank'),
      lower: (a.lower === true || a.type === 'blank') && (b.lower === true || b.type === 'blank'),
      blank,
      perRow: cond.perRow || a.perRow || b.perRow,
      ...withError(either((v) => v.error)),
      ...withFailed(either((v) => v.failed)),
    };
  };

  /** A custom function's SQL arguments, typed by its parameters, and the rows Sheets leaves blank. */
  const customCall = (spec: CustomFunctionSpec, args: readonly FormulaNode[], known: Known) => {
    const sig = udfSignature(spec);
    if (sig.args.length !== spec.params.length) {
      fail(`${spec.name} reads a Sales-history range, which the view has none of`);
    }
    if (args.length > spec.params.length) {
      fail(`${spec.name} takes at most ${spec.params.length} arguments`);
    }
    const values = spec.params.map((param, i): Value => {
      const sqlType = sig.args[i]?.sqlType as string;
      const node = args[i];
      const missing: Value = {
        sql: `CAST(NULL AS ${sqlType})`,
        type: 'blank',
        blank: true,
        perRow: false,
      };
      if (node === undefined) return missing;
      const value = translate(node, known);
      if (value.type === 'blank') return missing;
      const wanted = { number: 'number', date: 'date', text: 'text', weights: 'weights' }[
        param.kind as string
      ];
      if (value.type !== wanted) {
        return fail(
          `${spec.name}'s ${param.name} is given ${value.type}, not ${wanted ?? param.kind}`,
        );
      }
      return value;
    });
    // Sheets leaves a row blank when every range argument is blank, whatever the single values
    // (a literal, TODAY()); the SQL function sees all of them, so those rows are left out here.
    const slots = values.filter((_, i) => spec.params[i]?.kind !== 'weights');
    const ranges = slots.filter((v) => v.perRow);
    const fixed = slots.some((v) => !v.perRow && v.blank !== true);
    const blankWhen = ranges.length > 0 && fixed ? allOf(ranges.map((v) => v.blank)) : false;
    return {
      spec,
      args: values.map((v) => v.sql),
      blankWhen: blankWhen === false ? undefined : testSql(blankWhen, 'is'),
      error: firstError(values),
      failed: firstFailed(values),
      perRow: values.some((v) => v.perRow),
      type:
        resultType(spec) ??
        fail(`${spec.name} gives several cells a row, which one column cannot hold`),
    };
  };

  /** A custom function inside an expression: its value function, its message function beside. */
  const nestedCall = (spec: CustomFunctionSpec, c: ReturnType<typeof customCall>): Value => {
    // A message in an argument: Sheets' cell gives a message instead (here, that message).
    const guarded = (fn: string, failed: string) => {
      let sql = `${qualified(fn)}(${c.args.join(', ')})`;
      if (c.failed !== undefined) sql = `IF(${c.failed} IS NOT NULL, ${failed}, ${sql})`;
      return c.blankWhen === undefined ? sql : `IF(${c.blankWhen}, NULL, ${sql})`;
    };
    const sql = guarded(spec.name, NULL);
    const own = guarded(`${spec.name}_ERROR`, c.failed ?? NULL);
    const error = c.error === undefined ? own : `COALESCE(${c.error}, ${own})`;
    return {
      sql,
      type: c.type,
      blank: {
        is: `(${sql} IS NULL AND ${error} IS NULL)`,
        isNot: `(${sql} IS NOT NULL OR ${error} IS NOT NULL)`,
      },
      perRow: c.perRow,
      error,
    };
  };

  if (root.type === 'call') {
    const spec = CUSTOM_FUNCTIONS.find((s) => s.name === (root as { fn: string }).fn);
    if (spec !== undefined) {
      const c = customCall(spec, root.args, new Map());
      if (c.error === undefined) {
        return {
          kind: 'call',
          fn: spec.name,
          args: c.args,
          type: c.type,
          ...(c.blankWhen === undefined ? {} : { blankWhen: c.blankWhen }),
          ...(c.failed === undefined ? {} : { failedWhen: c.failed }),
        };
      }
    }
  }
  const value = translate(root, new Map());
  if (value.type === 'blank' || value.type === 'weights') {
    return fail(`it gives ${value.type === 'blank' ? 'no value' : 'an array'}`);
  }
  // The column's message: a custom function's inside it, or one it passes on from a column.
  const message =
    value.failed === undefined
      ? value.error
      : value.error === undefined
        ? value.failed
        : `COALESCE(${value.error}, ${value.failed})`;
  return {
    kind: 'expr',
    sql: value.int ? `CAST(${value.sql} AS FLOAT64)` : value.sql,
    type: value.type,
    ...withError(message),
  };
}

/** The blank test of a column: NULL (or empty text), and no message instead of a value. */
function columnBlank(c: SqlColumn): BlankTest {
  const base =
    c.type === 'text'
      ? textBlank(c.sql)
      : { is: `${c.sql} IS NULL`, isNot: `${c.sql} IS NOT NULL` };
  if (c.error === undefined) return base;
  return {
    is: `(${base.is} AND ${c.error} IS NULL)`,
    isNot: `(${base.isNot} OR ${c.error} IS NOT NULL)`,
  };
}

function textBlank(sql: string): SqlTest {
  return { is: `COALESCE(${sql}, "") = ""`, isNot: `COALESCE(${sql}, "") != ""` };
}

function testSql(test: BlankTest, which: 'is' | 'isNot'): string {
  if (typeof test === 'boolean') return test === (which === 'is') ? 'TRUE' : 'FALSE';
  return test[which];
}

/** Every one of the tests at once. */
function allOf(tests: readonly BlankTest[]): BlankTest {
  if (tests.includes(false)) return false;
  const open = tests.filter((t): t is SqlTest => typeof t !== 'boolean');
  if (open.length === 0) return true;
  if (open.length === 1) return open[0] as BlankTest;
  return {
    is: `(${open.map((t) => t.is).join(' AND ')})`,
    isNot: `(${open.map((t) => t.isNot).join(' OR ')})`,
  };
}

function firstError(values: readonly Value[]): string | undefined {
  const errors = values.flatMap((v) => (v.error === undefined ? [] : [v.error]));
  if (errors.length <= 1) return errors[0];
  return `COALESCE(${errors.join(', ')})`;
}

function withError(error: string | undefined): { error?: string } {
  return error === undefined ? {} : { error };
}

function firstFailed(values: readonly Value[]): string | undefined {
  const failed = [...new Set(values.flatMap((v) => (v.failed === undefined ? [] : [v.failed])))];
  if (failed.length <= 1) return failed[0];
  return `COALESCE(${failed.join(', ')})`;
}

function withFailed(failed: string | undefined): { failed?: string } {
  return failed === undefined ? {} : { failed };
}

function isEmptyText(node: FormulaNode): boolean {
  return node.type === 'text' && node.value === '';
}

/**
 * The columns an IF's test proves present in each branch: `x=""` in the second, `x<>""` and
 * `ISNUMBER(x)` in the first.
 */
function narrowed(test: FormulaNode, known: Known): { whenTrue: Known; whenFalse: Known } {
  const plus = (name: string, proof: 'present' | 'number'): Known =>
    new Map([...known, [name, known.get(name) === 'number' ? 'number' : proof]]);
  if (test.type === 'binary' && (test.op === '=' || test.op === '<>')) {
    const side = isEmptyText(test.right)
      ? test.left
      : isEmptyText(test.left)
        ? test.right
        : undefined;
    if (side?.type === 'column') {
      return test.op === '='
        ? { whenTrue: known, whenFalse: plus(side.name, 'present') }
        : { whenTrue: plus(side.name, 'present'), whenFalse: known };
    }
  }
  if (test.type === 'call' && test.fn === 'ISNUMBER' && test.args[0]?.type === 'column') {
    return { whenTrue: plus(test.args[0].name, 'number'), whenFalse: known };
  }
  return { whenTrue: known, whenFalse: known };
}

/** The type of a custom function's one result cell; undefined for a function of several cells. */
function resultType(spec: CustomFunctionSpec): ValueType | undefined {
  const columns = resultColumns(spec);
  return spec.columns === undefined ? columns[0]?.kind : undefined;
}

/** A formula piece for a message. */
function describe(node: FormulaNode): string {
  switch (node.type) {
    case 'column':
      return node.name;
    case 'call':
      return `${node.fn}(…)`;
    case 'number':
      return node.value;
    case 'text':
      return `"${node.value}"`;
    default:
      return 'a part';
  }
}
