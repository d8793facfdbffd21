// Reads the generated BigQuery file back: statements split as BigQuery's lexer would (strings,
// raw triple-quoted bodies, quoted names and comments never end a statement), and the parts of
// each CREATE FUNCTION statement.

import { readFileSync } from 'node:fs';
import { AIRBYTE_DATASET, DATASET } from '../../src/bigquery/sql-text';

export const SQL_PATH = 'dist/bigquery/stockout_playbook.sql';

export function readSql(path = SQL_PATH): string {
  return readFileSync(path, 'utf8');
}

/** The statements of a GoogleSQL script, without their `;` and without comment-only text. */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  let code = false;
  while (i < sql.length) {
    const rest = sql.slice(i, i + 3);
    if (rest.startsWith('--') || sql[i] === '#') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
      if (!code) start = i;
      continue;
    }
    if (rest.startsWith('/*')) {
      i = sql.indexOf('*/', i) + 2;
      if (!code) start = i;
      continue;
    }
    const char = sql[i] as string;
    if (char === ';') {
      if (code) statements.push(sql.slice(start, i).trim());
      code = false;
      i++;
      start = i;
      continue;
    }
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    code = true;
    if (char === '`') {
      i = sql.indexOf('`', i + 1) + 1;
      continue;
    }
    const raw = /[rR]/.test(char) && /["']/.test(sql[i + 1] ?? '');
    const quoteAt = raw ? i + 1 : i;
    const quote = sql[quoteAt] as string;
    if (quote === '"' || quote === "'") {
      const triple = sql.startsWith(quote.repeat(3), quoteAt);
      const closing = triple ? quote.repeat(3) : quote;
      let j = quoteAt + closing.length;
      while (j < sql.length && !sql.startsWith(closing, j)) j += sql[j] === '\\' ? 2 : 1;
      if (j >= sql.length) throw new Error(`unterminated string at ${i}`);
      i = j + closing.length;
      continue;
    }
    i++;
  }
  if (code) throw new Error('the last statement has no closing ;');
  return statements;
}

export interface FunctionStatement {
  readonly name: string;
  /** The argument list as written: `name TYPE` pairs. */
  readonly params: readonly { readonly name: string; readonly type: string }[];
  readonly returns: string;
  readonly language: 'js' | 'sql';
  /** The JavaScript body, or the SQL expression inside AS ( ). */
  readonly body: string;
  readonly description: string | undefined;
}

const JS_FUNCTION =
  /^CREATE OR REPLACE FUNCTION `\$\{dataset\}\.(?<name>[A-Z][A-Z0-9_]*)`\((?<params>[^)]*)\)\nRETURNS (?<returns>.+)\nDETERMINISTIC\nLANGUAGE js\nOPTIONS \(description = (?<description>"(?:[^"\\]|\\.)*")\)\nAS r"""\n(?<body>[\s\S]*)\n"""$/;
const SQL_FUNCTION =
  /^CREATE OR REPLACE FUNCTION `\$\{dataset\}\.(?<name>[A-Z][A-Z0-9_]*)`\((?<params>[^)]*)\)\nRETURNS (?<returns>.+)\nAS \((?<body>.+)\)\nOPTIONS \(description = (?<description>"(?:[^"\\]|\\.)*")\)$/;

/**
 * A CREATE FUNCTION statement in the exact shape of BigQuery's documented grammar for a
 * JavaScript UDF (RETURNS, DETERMINISTIC, LANGUAGE js, OPTIONS, AS raw string) or a SQL UDF
 * (RETURNS, AS (expression), OPTIONS); undefined for anything else.
 */
export function readFunction(statement: string): FunctionStatement | undefined {
  const js = JS_FUNCTION.exec(statement);
  if (js) return functionOf(js, 'js');
  const sql = SQL_FUNCTION.exec(statement);
  return sql ? functionOf(sql, 'sql') : undefined;
}

/** A statement's parts from the named groups of its pattern. */
function functionOf(match: RegExpExecArray, language: 'js' | 'sql'): FunctionStatement {
  const part = (name: string) => match.groups?.[name] as string;
  return {
    name: part('name'),
    params: readParams(part('params')),
    returns: part('returns'),
    language,
    body: part('body'),
    description: JSON.parse(part('description')),
  };
}

/** `a FLOAT64, w ARRAY<FLOAT64>` as pairs; commas inside < > belong to the type. */
function readParams(list: string): { name: string; type: string }[] {
  const parts: string[] = [];
  let depth = 0;
  let part = '';
  for (const char of list) {
    if (char === '<') depth++;
    if (char === '>') depth--;
    if (char === ',' && depth === 0) {
      parts.push(part);
      part = '';
    } else part += char;
  }
  if (part.trim() !== '') parts.push(part);
  return parts.map((p) => {
    const [, name, type] = /^\s*(\w+) (.+?)\s*$/.exec(p) ?? [];
    if (name === undefined || type === undefined) throw new Error(`bad parameter: ${p}`);
    return { name, type };
  });
}

/** The file with its placeholders filled, as a user runs it. */
export function substitute(sql: string): string {
  return sql
    .replaceAll(DATASET, 'my-project.stockout')
    .replaceAll(AIRBYTE_DATASET, 'my-project.amazon');
}
