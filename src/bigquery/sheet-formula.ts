// A replenishment-sheet formula read into a syntax tree, as Sheets reads it: numbers, "text",
// column names, calls, {arrays}, and the operators by Sheets' precedence (comparison, then + −,
// then × ÷). Only what the template writes is read; anything else is refused, naming the formula.

/** A formula's syntax: no meaning yet (sheet-formula-sql.ts gives it one). */
export type FormulaNode =
  | { readonly type: 'number'; readonly value: string }
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'column'; readonly name: string }
  | { readonly type: 'call'; readonly fn: string; readonly args: readonly FormulaNode[] }
  | { readonly type: 'array'; readonly items: readonly FormulaNode[] }
  | {
      readonly type: 'binary';
      readonly op: BinaryOp;
      readonly left: FormulaNode;
      readonly right: FormulaNode;
    };

export type BinaryOp = ComparisonOp | '+' | '-' | '*' | '/';
export type ComparisonOp = '=' | '<>' | '<' | '>' | '<=' | '>=';

const COMPARISONS: readonly string[] = ['=', '<>', '<', '>', '<=', '>='];

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"]|"")*")|([A-Za-z_][A-Za-z0-9_]*)|(<>|<=|>=|[(){},=<>+\-*/]))/y;

/** A formula that has no faithful SQL form: the message names the formula and why. */
export class FormulaSqlError extends Error {
  constructor(formula: string, why: string) {
    super(`BigQuery view: cannot translate the sheet formula ${formula}: ${why}`);
    this.name = 'FormulaSqlError';
  }
}

/**
 * Reads a formula whose column ranges are written as bare column names (the template's formula
 * with `range: (key) => key`), without its leading `=`.
 * @example parseFormula('=COVER_DAYS(fbaStock, dailySales)') // a call of two columns
 */
export function parseFormula(formula: string): FormulaNode {
  const fail = (why: string): never => {
    throw new FormulaSqlError(formula, why);
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
  const list = (close: string): FormulaNode[] => {
    const items: FormulaNode[] = [];
    if (peek() === close) {
      take(close);
      return items;
    }
    for (;;) {
      items.push(comparison());
      const next = take();
      if (next === close) return items;
      if (next !== ',') fail(`expected , or ${close}, found ${next}`);
    }
  };
  const primary = (): FormulaNode => {
    const token = take();
    if (/^\d/.test(token)) return { type: 'number', value: token };
    if (token.startsWith('"'))
      return { type: 'text', value: token.slice(1, -1).replace(/""/g, '"') };
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
  const binary = (ops: readonly string[], operand: () => FormulaNode) => (): FormulaNode => {
    let left = operand();
    while (ops.includes(peek() as string)) {
      const op = take() as BinaryOp;
      left = { type: 'binary', op, left, right: operand() };
    }
    return left;
  };
  const multiplicative = binary(['*', '/'], primary);
  const additive = binary(['+', '-'], multiplicative);
  const comparison = (): FormulaNode => {
    const left = additive();
    if (!COMPARISONS.includes(peek() as string)) return left;
    const op = take() as ComparisonOp;
    const right = additive();
    if (COMPARISONS.includes(peek() as string)) fail(`a comparison of a comparison (${peek()})`);
    return { type: 'binary', op, left, right };
  };
  const root = comparison();
  if (at !== tokens.length) fail(`unexpected ${tokens[at]}`);
  return root;
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
