// The replenishment sheet's formulas read as SQL: the same custom functions over the same columns,
// so the BigQuery view computes what the sheet computes. Only the forms the template writes are
// understood (ARRAYFORMULA, IF(x="", …), date − TODAY(), {a,b,c}, custom calls); anything else
// fails the build, naming the formula, instead of being translated loosely.

import { CUSTOM_FUNCTIONS } from '../addon/custom-functions/catalog';

/** A formula as SQL: one custom-function call (its arguments as SQL), or a plain expression. */
export type FormulaSql =
  | { readonly kind: 'call'; readonly fn: string; readonly args: readonly string[] }
  | { readonly kind: 'expr'; readonly sql: string };

type Node =
  | { type: 'number'; value: string }
  | { type: 'text'; value: string }
  | { type: 'column'; name: string }
  | { type: 'call'; fn: string; args: Node[] }
  | { type: 'array'; items: Node[] }
  | { type: 'binary'; op: string; left: Node; right: Node };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"]|"")*")|([A-Za-z_][A-Za-z0-9_]*)|([(){},=+-]))/y;

/**
 * Reads a formula whose column ranges are written as bare column names (the template's formula
 * with `range: (key) => key`) and gives it as SQL; `column` gives the SQL for a column's value.
 * @example formulaSql('=COVER_DAYS(fbaStock, dailySales, inbound)', (k) => k) // a COVER_DAYS call
 */
export function formulaSql(formula: string, column: (name: string) => string): FormulaSql {
  const fail = (why: string): never => {
    throw new Error(`BigQuery view: cannot translate the sheet formula ${formula}: ${why}`);
  };
  if (!formula.startsWith('=')) fail('it does not start with =');
  const tokens = tokenize(formula.slice(1), fail);
  let at = 0;
  const peek = () => tokens[at];
  const take = (expected?: string): string => {
    const token = tokens[at++];
    if (token === undefined || (expected !== undefined && token !== expected)) {
      fail(`expected ${expected ?? 'more'}, found ${token ?? 'the end'}`);
    }
    return token as string;
  };
  const list = (close: string): Node[] => {
    const items: Node[] = [];
    if (peek() === close) {
      take(close);
      return items;
    }
    for (;;) {
      items.push(comparison());
      if (take() === close) return items;
      if (tokens[at - 1] !== ',') fail(`expected , or ${close}`);
    }
  };
  const primary = (): Node => {
    const token = take();
    if (/^\d/.test(token)) return { type: 'number', value: token };
    if (token.startsWith('"')) return { type: 'text', value: token.slice(1, -1) };
    if (token === '{') return { type: 'array', items: list('}') };
    if (token === '(') {
      const inner = comparison();
      take(')');
      return inner;
    }
    if (/^[A-Za-z_]/.test(token)) {
      if (peek() === '(') {
        take('(');
        return { type: 'call', fn: token, args: list(')') };
      }
      return { type: 'column', name: token };
    }
    return fail(`unexpected ${token}`);
  };
  const additive = (): Node => {
    let left = primary();
    while (peek() === '-' || peek() === '+') {
      const op = take();
      left = { type: 'binary', op, left, right: primary() };
    }
    return left;
  };
  const comparison = (): Node => {
    const left = additive();
    if (peek() !== '=') return left;
    take('=');
    return { type: 'binary', op: '=', left, right: additive() };
  };
  let root = comparison();
  if (at !== tokens.length) fail(`unexpected ${tokens[at]}`);
  while (root.type === 'call' && root.fn === 'ARRAYFORMULA' && root.args.length === 1) {
    root = root.args[0] as Node;
  }

  const isCustom = (node: Node) =>
    node.type === 'call' && CUSTOM_FUNCTIONS.some((spec) => spec.name === node.fn);
  const isToday = (node: Node) => node.type === 'call' && node.fn === 'TODAY';
  const sql = (node: Node): string => {
    switch (node.type) {
      case 'number':
        return node.value;
      case 'text':
        return node.value === '' ? 'NULL' : fail(`text "${node.value}" has no SQL meaning here`);
      case 'column':
        return column(node.name);
      case 'array':
        return `[${node.items.map(sql).join(', ')}]`;
      case 'binary':
        if (node.op === '=') {
          if (node.right.type === 'text' && node.right.value === '') {
            return `${sql(node.left)} IS NULL`;
          }
          return fail('= is only read as a test for a blank');
        }
        if (node.op === '-' && isToday(node.right)) {
          return `CAST(DATE_DIFF(${sql(node.left)}, CURRENT_DATE(), DAY) AS FLOAT64)`;
        }
        if (node.op === '-' && isToday(node.left)) {
          return `CAST(DATE_DIFF(CURRENT_DATE(), ${sql(node.right)}, DAY) AS FLOAT64)`;
        }
        return `(${sql(node.left)} ${node.op} ${sql(node.right)})`;
      case 'call':
        if (isCustom(node)) return fail(`${node.fn} is only translated as the whole formula`);
        if (node.fn === 'IF' && node.args.length === 3)
          return `IF(${node.args.map(sql).join(', ')})`;
        if (isToday(node) && node.args.length === 0) return 'CURRENT_DATE()';
        return fail(`${node.fn} has no SQL translation`);
    }
  };
  if (root.type === 'call' && isCustom(root)) {
    return { kind: 'call', fn: root.fn, args: root.args.map(sql) };
  }
  return { kind: 'expr', sql: sql(root) };
}

function tokenize(text: string, fail: (why: string) => never): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (text.slice(TOKEN.lastIndex).trim() === '') break;
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (match === null) return fail(`cannot read it from ${text.slice(at, at + 12)}`);
    tokens.push((match[1] ?? match[2] ?? match[3] ?? match[4]) as string);
  }
  return tokens;
}
