// A custom function's BigQuery signature, derived from its catalog entry: typed arguments in the
// same order and a declared return type. A function the mapping cannot express is refused by name.

import type { CustomFunctionSpec } from '../addon/custom-functions/spec';
import { ARG_MAPPINGS, CELL_MAPPINGS, type CellKind, cellKindOf, isImplicit } from './sql-types';

export interface UdfArg {
  readonly name: string;
  readonly sqlType: string;
  /** How to call it, when its kind says (sql-types.ts). */
  readonly usage?: string;
}

/** One result column: a single-cell function has one, named `value`. */
export interface UdfColumn {
  readonly name: string;
  readonly kind: CellKind;
}

export interface UdfSignature {
  readonly name: string;
  /** The SQL arguments: the catalog's parameters in order, without the implicit ones. */
  readonly args: readonly UdfArg[];
  readonly columns: readonly UdfColumn[];
  /** The SQL return type of the value form: a scalar, or a STRUCT for several columns. */
  readonly valueType: string;
}

/** Raised at build time for a catalog entry that has no BigQuery form yet. */
export class UdfMappingError extends Error {
  constructor(fn: string, detail: string) {
    super(`BigQuery functions: ${fn} cannot be generated: ${detail}`);
    this.name = 'UdfMappingError';
  }
}

// GoogleSQL reserved keywords: an argument may not be named after one.
const SQL_RESERVED = new Set(
  `ALL AND ANY ARRAY AS ASC ASSERT_ROWS_MODIFIED AT BETWEEN BY CASE CAST COLLATE CONTAINS CREATE
  CROSS CUBE CURRENT DEFAULT DEFINE DESC DISTINCT ELSE END ENUM ESCAPE EXCEPT EXCLUDE EXISTS
  EXTRACT FALSE FETCH FOLLOWING FOR FROM FULL GROUP GROUPING GROUPS HASH HAVING IF IGNORE IN INNER
  INTERSECT INTERVAL INTO IS JOIN LATERAL LEFT LIKE LIMIT LOOKUP MERGE NATURAL NEW NO NOT NULL
  NULLS OF ON OR ORDER OUTER OVER PARTITION PRECEDING PROTO QUALIFY RANGE RECURSIVE RESPECT RIGHT
  ROLLUP ROWS SELECT SET SOME STRUCT TABLESAMPLE THEN TO TREAT TRUE UNBOUNDED UNION UNNEST USING
  WHEN WHERE WINDOW WITH WITHIN`.split(/\s+/),
);
// JavaScript words an argument (a variable of the UDF body) may not be.
const JS_RESERVED = new Set(
  `arguments await break case catch class const continue debugger default delete do else enum
  eval export extends false finally for function if implements import in instanceof interface let
  new null package private protected public return static super switch this throw true try typeof
  undefined var void while with yield`.split(/\s+/),
);
const IDENTIFIER = /^[a-z][a-z0-9_]*$/;

export function udfSignature(spec: CustomFunctionSpec): UdfSignature {
  if (!/^[A-Z][A-Z0-9_]*$/.test(spec.name)) {
    throw new UdfMappingError(spec.name, 'the name is not an upper-case SQL identifier');
  }
  const args: UdfArg[] = [];
  for (const param of spec.params) {
    const mapping = ARG_MAPPINGS[param.kind];
    if (mapping === undefined) {
      throw new UdfMappingError(
        spec.name,
        `argument ${param.name} is of kind '${param.kind}', which has no BigQuery type yet (src/bigquery/sql-types.ts)`,
      );
    }
    if (isImplicit(mapping)) {
      if (!spec.params.some((p) => p.kind === mapping.needs)) {
        throw new UdfMappingError(
          spec.name,
          `argument ${param.name} of kind '${param.kind}' is only left out beside a '${mapping.needs}' argument`,
        );
      }
      continue;
    }
    if (
      !IDENTIFIER.test(param.name) ||
      SQL_RESERVED.has(param.name.toUpperCase()) ||
      JS_RESERVED.has(param.name)
    ) {
      throw new UdfMappingError(
        spec.name,
        `argument ${param.name} cannot be both a SQL argument and a JavaScript variable`,
      );
    }
    args.push({
      name: param.name,
      sqlType: mapping.sqlType,
      ...(mapping.usage === undefined ? {} : { usage: mapping.usage }),
    });
  }
  const columns = resultColumns(spec);
  const valueType =
    spec.columns === undefined
      ? CELL_MAPPINGS[(columns[0] as UdfColumn).kind].sqlType
      : `STRUCT<${columns.map((c) => `${c.name} ${CELL_MAPPINGS[c.kind].sqlType}`).join(', ')}>`;
  return { name: spec.name, args, columns, valueType };
}

/**
 * The result columns and their kinds, read off the worked example: the catalog checks that
 * example against the real calculation, so its cells show what the function returns.
 */
export function resultColumns(spec: CustomFunctionSpec): readonly UdfColumn[] {
  const names = spec.columns ?? ['value'];
  const cells: readonly unknown[] =
    spec.columns === undefined
      ? [spec.example.result]
      : Array.isArray(spec.example.result) && Array.isArray(spec.example.result[0])
        ? (spec.example.result[0] as readonly unknown[])
        : [];
  if (cells.length !== names.length) {
    throw new UdfMappingError(
      spec.name,
      `its worked example gives ${cells.length} result cells for ${names.length} columns`,
    );
  }
  return names.map((name, i) => {
    if (!IDENTIFIER.test(name) || SQL_RESERVED.has(name.toUpperCase())) {
      throw new UdfMappingError(spec.name, `result column ${name} is not a usable SQL field name`);
    }
    const kind = cellKindOf(cells[i], spec.resultKind);
    if (kind === undefined) {
      throw new UdfMappingError(
        spec.name,
        `result ${name} in its worked example is ${JSON.stringify(cells[i]) ?? 'blank'}, which has no BigQuery type yet (src/bigquery/sql-types.ts)`,
      );
    }
    return { name, kind };
  });
}
