// dist/bigquery/stockout_playbook.sql as BigQuery reads it. node-sql-parser's BigQuery grammar has
// no CREATE FUNCTION, so each function statement is held to the exact documented shape (checked
// here clause by clause), its types and SQL expressions are parsed by node-sql-parser, and each
// JavaScript body is compiled as the function BigQuery makes of it.

import { Script } from 'node:vm';
import pkg from 'node-sql-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/addon/custom-functions/catalog';
import { AIRBYTE_DATASET, DATASET, MAX_BODY_BYTES, utf8Bytes } from '../../src/bigquery/sql-text';
import {
  type FunctionStatement,
  readFunction,
  readSql,
  splitStatements,
  substitute,
} from './sql-statements';

const parser = new pkg.Parser();
const BIGQUERY = { database: 'BigQuery' };

let sql: string;
let statements: string[];
let functions: FunctionStatement[];

beforeAll(() => {
  sql = readSql();
  statements = splitStatements(sql);
  functions = statements.map(readFunction).filter((f) => f !== undefined);
});

/** GoogleSQL's reserved keywords a STRUCT field may not be named after (DATE is not one). */
const RESERVED_FIELD_NAMES =
  /^(ALL|AND|ANY|ARRAY|AS|BY|CASE|CAST|CREATE|CROSS|DEFAULT|DISTINCT|ELSE|END|FALSE|FROM|FULL|GROUP|HAVING|IF|IN|INTERVAL|IS|JOIN|LEFT|LIKE|LIMIT|NOT|NULL|ON|OR|ORDER|OVER|RANGE|RIGHT|ROWS|SELECT|SET|STRUCT|THEN|TO|TRUE|UNION|UNNEST|USING|WHEN|WHERE|WINDOW|WITH)$/i;

/**
 * A SQL type BigQuery would accept, as node-sql-parser's grammar reads it in a CAST. Its grammar
 * takes a field named like a type (`date DATE`) for a type, which GoogleSQL does not: field
 * names are checked against the reserved keywords instead, and renamed for the parser.
 */
function parsesAsType(type: string): boolean {
  const fields = [...type.matchAll(/(?<=[<,] ?)(\w+) (?=[A-Z])/g)].map((m) => m[1] as string);
  if (fields.some((f) => RESERVED_FIELD_NAMES.test(f))) return false;
  const renamed = type.replace(/(?<=[<,] ?)(\w+) (?=[A-Z])/g, 'field_$1 ');
  try {
    parser.astify(`SELECT CAST(NULL AS ${renamed}) AS x`, BIGQUERY);
    return true;
  } catch {
    return false;
  }
}

describe('dist/bigquery/stockout_playbook.sql', () => {
  it('is CREATE FUNCTION statements in the documented shape, then the view', () => {
    const other = statements.filter((s) => readFunction(s) === undefined);
    expect(other.map((s) => s.split('\n')[0])).toEqual([
      `CREATE OR REPLACE VIEW \`${DATASET}.replenishment\` AS`,
    ]);
    expect(functions).toHaveLength(CUSTOM_FUNCTIONS.length * 3);
  });

  it('types every argument with a JavaScript-safe type, never INT64', () => {
    for (const fn of functions) {
      for (const param of fn.params) {
        expect(param.type, `${fn.name}(${param.name})`).toMatch(
          /^(FLOAT64|STRING|DATE|BOOL|ARRAY<|STRUCT<)/,
        );
        expect(param.type).not.toMatch(/INT64|NUMERIC/);
        expect(parsesAsType(param.type), `${fn.name} ${param.type}`).toBe(true);
      }
      expect(parsesAsType(fn.returns), `${fn.name} returns ${fn.returns}`).toBe(true);
    }
  });

  it('gives each JavaScript UDF a body that compiles as a function of its arguments and fits', () => {
    const js = functions.filter((f) => f.language === 'js');
    expect(js.map((f) => f.name)).toEqual(CUSTOM_FUNCTIONS.map((s) => `${s.name}_RESULT`));
    for (const fn of js) {
      expect(fn.returns).toMatch(/^STRUCT<value .+, error STRING>$/);
      const names = fn.params.map((p) => p.name).join(', ');
      expect(() => new Script(`(function (${names}) {\n${fn.body}\n})`)).not.toThrow();
      expect(utf8Bytes(fn.body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
      expect(fn.body).not.toContain('"""');
      // No network: the body names nothing that could reach one.
      expect(fn.body).not.toMatch(/\b(fetch|XMLHttpRequest|require|import\(|process)\b/);
    }
  });

  it("gives each JavaScript UDF its own function's runtime: its spec and no other's", () => {
    const bodies = new Map(
      functions
        .filter((f) => f.language === 'js')
        .map((f) => [f.name.replace(/_RESULT$/, ''), f.body]),
    );
    for (const spec of CUSTOM_FUNCTIONS) {
      const body = bodies.get(spec.name) as string;
      // Minified, a spec is the object {name:"COVER_DAYS",summary:…}.
      const carried = CUSTOM_FUNCTIONS.filter((other) => body.includes(`name:"${other.name}"`));
      expect(
        carried.map((s) => s.name),
        spec.name,
      ).toEqual([spec.name]);
      expect(body).toContain(`.callUdf("${spec.name}", [`);
    }
    // The Sales-history reader goes only where a function reads a history.
    const readsHistory = [...bodies].filter(([, body]) => body.includes('"historyColumns"'));
    expect(readsHistory.map(([name]) => name)).toEqual(
      CUSTOM_FUNCTIONS.filter((s) => s.params.some((p) => p.kind === 'table')).map((s) => s.name),
    );
  });

  it('defines the value and message forms over the JavaScript UDF, after it, as parseable SQL', () => {
    for (const spec of CUSTOM_FUNCTIONS) {
      const index = (name: string) => functions.findIndex((f) => f.name === name);
      const result = functions[index(`${spec.name}_RESULT`)] as FunctionStatement;
      const valueType = /^STRUCT<value (.+), error STRING>$/.exec(result.returns)?.[1];
      for (const [suffix, field, returns] of [
        ['', 'value', valueType],
        ['_ERROR', 'error', 'STRING'],
      ] as const) {
        const fn = functions[index(`${spec.name}${suffix}`)] as FunctionStatement;
        expect(index(fn.name)).toBeGreaterThan(index(result.name));
        expect(fn.language).toBe('sql');
        expect(fn.returns).toBe(returns);
        expect(fn.params).toEqual(result.params);
        const call = `\`\${dataset}.${spec.name}_RESULT\`(${fn.params.map((p) => p.name).join(', ')})`;
        expect(fn.body).toBe(`${call}.${field}`);
        // node-sql-parser reads the call; it has no grammar for a field of a call's result.
        expect(() =>
          parser.astify(substitute(`SELECT ${call} AS r FROM t`), BIGQUERY),
        ).not.toThrow();
      }
    }
  });

  it('leaves only the two dataset placeholders for the user to fill', () => {
    const outsideBodies = functions
      .filter((f) => f.language === 'js')
      .reduce((text, f) => text.replace(f.body, ''), sql);
    const placeholders = new Set(outsideBodies.match(/\$\{[^}]*\}/g));
    expect([...placeholders].sort()).toEqual([AIRBYTE_DATASET, DATASET]);
    expect(substitute(outsideBodies)).not.toMatch(/\$\{/);
  });
});
