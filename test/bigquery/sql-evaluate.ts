// Evaluates, for one row, SQL expressions as node-sql-parser's BigQuery grammar reads them, with
// BigQuery's meaning: NULL through every operator and function, three-valued AND / OR / NOT,
// SAFE_ arithmetic NULL on overflow or ÷ 0, DATEs as Dates at midnight UTC, and the dataset's
// functions run from their generated bodies. Only what the replenishment view's worked-out steps
// use is known: anything else throws, so a new SQL form is added here on purpose.

/** A SQL value: NULL is null, a DATE a Date at midnight UTC, a STRUCT an object, an ARRAY an array. */
export type SqlValue = null | number | string | boolean | Date | SqlValue[] | SqlStruct;
export interface SqlStruct {
  readonly [field: string]: SqlValue;
}

/** What an expression sees: the row's columns, today, and the dataset's functions by name. */
export interface SqlScope {
  readonly row: Readonly<Record<string, SqlValue>>;
  readonly today: Date;
  /** A dataset function (`NAME_RESULT`, `NAME`, `NAME_ERROR`) called on SQL values. */
  readonly call: (fn: string, args: readonly SqlValue[]) => SqlValue;
}

type Node = Record<string, unknown>;

const DAY_MS = 86_400_000;

export function evaluate(node: unknown, scope: SqlScope): SqlValue {
  const n = node as Node;
  const value = (child: unknown) => evaluate(child, scope);
  switch (n.type) {
    case 'null':
      return null;
    case 'number':
      return Number(n.value);
    case 'bool':
      return n.value as boolean;
    case 'string':
    case 'single_quote_string':
      return stringLiteral(String(n.value));
    case 'column_ref':
      return columnValue(n, scope);
    case 'array':
      return (n.array_path as Node[]).map((item) => value(item.expr));
    case 'struct':
      return Object.fromEntries(
        (n.expr_list as Node[]).map((field) => [String(field.as), value(field.expr)]),
      );
    case 'cast':
      return cast(value(n.expr), String((n.target as Node[])[0]?.dataType));
    case 'binary_expr':
      return binary(String(n.operator), n.left, n.right, scope);
    case 'function':
      return call(functionName(n), ((n.args as Node | null)?.value as unknown[]) ?? [], scope);
    default:
      throw new Error(
        `no evaluation for SQL ${String(n.type)}: ${JSON.stringify(n).slice(0, 200)}`,
      );
  }
}

function stringLiteral(text: string): string {
  return text.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

function columnValue(n: Node, scope: SqlScope): SqlValue {
  const column = n.column as Node | string;
  const name = typeof column === 'string' ? column : String((column.expr as Node).value);
  if (n.table === null || n.table === undefined) return own(scope.row, name);
  // A field of a STRUCT column: x_result.value; a NULL struct has NULL fields.
  const struct = own(scope.row, String(n.table));
  if (struct === null) return null;
  return (struct as SqlStruct)[name] ?? null;
}

function own(row: Readonly<Record<string, SqlValue>>, name: string): SqlValue {
  if (!Object.hasOwn(row, name)) throw new Error(`the row has no column ${name}`);
  return row[name] as SqlValue;
}

function functionName(n: Node): string {
  const name = n.name as Node;
  const parts = (name.name as Node[]).map((p) => String(p.value));
  const schema = name.schema as Node | undefined;
  return schema === undefined ? parts.join('.') : String(schema.value);
}

function cast(v: SqlValue, type: string): SqlValue {
  if (v === null) return null;
  if (type === 'INT64' && typeof v === 'boolean') return v ? 1 : 0;
  if (type === 'FLOAT64' && typeof v === 'number') return v;
  throw new Error(`no evaluation for CAST(${typeof v} AS ${type})`);
}

function binary(op: string, left: unknown, right: unknown, scope: SqlScope): SqlValue {
  const a = evaluate(left, scope);
  if (op === 'IS' || op === 'IS NOT') {
    if ((right as Node).type !== 'null') throw new Error(`no evaluation for ${op} other than NULL`);
    return op === 'IS' ? a === null : a !== null;
  }
  if (op === 'IN') {
    const list = ((right as Node).value as unknown[]).map((item) => evaluate(item, scope));
    if (a === null) return null;
    return list.includes(a) ? true : list.includes(null) ? null : false;
  }
  const b = evaluate(right, scope);
  if (op === 'AND')
    return a === false || b === false ? false : a === null || b === null ? null : true;
  if (op === 'OR') return a === true || b === true ? true : a === null || b === null ? null : false;
  if (a === null || b === null) return null;
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  if (typeof x !== typeof y) throw new Error(`${op} between ${typeof x} and ${typeof y}`);
  switch (op) {
    case '=':
      return x === y;
    case '!=':
    case '<>':
      return x !== y;
    case '<':
      return (x as number) < (y as number);
    case '>':
      return (x as number) > (y as number);
    case '<=':
      return (x as number) <= (y as number);
    case '>=':
      return (x as number) >= (y as number);
    default:
      throw new Error(`no evaluation for the operator ${op}`);
  }
}

/** BigQuery's SAFE_ arithmetic on FLOAT64: NULL for NULL, overflow or ÷ 0. */
function safe(result: (a: number, b: number) => number) {
  return (args: SqlValue[]): SqlValue => {
    const [a, b] = args as [number | null, number | null];
    if (a === null || b === null) return null;
    const r = result(a, b);
    return Number.isFinite(r) ? r : null;
  };
}

const FUNCTIONS: Record<string, (args: SqlValue[], scope: SqlScope) => SqlValue> = {
  SAFE_ADD: safe((a, b) => a + b),
  SAFE_SUBTRACT: safe((a, b) => a - b),
  SAFE_MULTIPLY: safe((a, b) => a * b),
  SAFE_DIVIDE: safe((a, b) => (b === 0 ? Number.NaN : a / b)),
  COALESCE: (args) => args.find((a) => a !== null) ?? null,
  NULLIF: ([a, b]) => (a === b ? null : (a as SqlValue)),
  NOT: ([a]) => (a === null || a === undefined ? null : !a),
  LOWER: ([a]) => (a === null ? null : String(a).toLowerCase()),
  TRIM: ([a, chars]) => {
    if (a === null) return null;
    if (chars !== ' ') throw new Error('TRIM is only evaluated with " "');
    return String(a).replace(/^ +| +$/g, '');
  },
  REGEXP_REPLACE: ([a, pattern, by]) =>
    a === null ? null : String(a).replace(new RegExp(String(pattern), 'g'), String(by)),
  CONCAT: (args) => (args.includes(null) ? null : args.join('')),
  ARRAY_TO_STRING: ([list, separator]) =>
    (list as SqlValue[]).filter((item) => item !== null).join(String(separator)),
  CURRENT_DATE: (_, scope) => scope.today,
  DATE_DIFF: ([a, b, part]) => {
    if (part !== 'DAY') throw new Error('DATE_DIFF is only evaluated in days');
    if (a === null || b === null) return null;
    return Math.round(((a as Date).getTime() - (b as Date).getTime()) / DAY_MS);
  },
};

function datePart(n: Node): string {
  return String(((n.column as Node).expr as Node).value);
}

function call(fn: string, args: readonly unknown[], scope: SqlScope): SqlValue {
  if (fn === 'IF') {
    const [test, then, otherwise] = args;
    return evaluate(test, scope) === true ? evaluate(then, scope) : evaluate(otherwise, scope);
  }
  // DATE_DIFF's last argument is a date part, which the grammar reads as a column name.
  const values = args.map((arg, i) =>
    fn === 'DATE_DIFF' && i === 2 ? datePart(arg as Node) : evaluate(arg, scope),
  );
  const own = FUNCTIONS[fn];
  if (own !== undefined) return own(values as SqlValue[], scope);
  if (fn.includes('.')) return scope.call(fn.slice(fn.lastIndexOf('.') + 1), values as SqlValue[]);
  throw new Error(`no evaluation for the SQL function ${fn}`);
}
