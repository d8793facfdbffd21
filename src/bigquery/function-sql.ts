// The CREATE FUNCTION statements of one custom function: a JavaScript UDF that returns the row's
// value and message together, and two SQL UDFs over it, the value alone and the message alone.

import type { CustomFunctionSpec } from '../addon/custom-functions/spec';
import { MAX_BODY_BYTES, qualified, sqlComment, sqlString, utf8Bytes } from './sql-text';
import { UdfMappingError, type UdfSignature, udfSignature } from './udf-signature';

/** The global the UDF body's runtime bundle declares (esbuild's iife `globalName`). */
export const RUNTIME_GLOBAL = 'StockoutPlaybookUdf';

/**
 * The SQL for one custom function. `runtime` is the bundled runner (udf-runtime.ts) that declares
 * RUNTIME_GLOBAL; it becomes the body of the JavaScript UDF.
 */
export function functionSql(spec: CustomFunctionSpec, runtime: string): string {
  const sig = udfSignature(spec);
  const params = sig.args.map((a) => `${a.name} ${a.sqlType}`).join(', ');
  const names = sig.args.map((a) => a.name).join(', ');
  const call = `${qualified(`${sig.name}_RESULT`)}(${names})`;
  const body = udfBody(sig, runtime);
  if (utf8Bytes(body) > MAX_BODY_BYTES) {
    throw new UdfMappingError(
      sig.name,
      `its JavaScript body is ${utf8Bytes(body)} bytes, over BigQuery's ${MAX_BODY_BYTES}`,
    );
  }
  return [
    `-- ${sig.name}(${names}) -> ${sig.valueType}`,
    ...sqlComment(spec.summary),
    ...sqlComment(`Returns: ${spec.returns}`),
    `-- NULL for a blank row (every argument NULL) and for bad input; ${sig.name}_ERROR gives the`,
    `-- message, ${sig.name}_RESULT both at once. Pass NULL for an optional argument. Rules: ${spec.rules.join(', ')}.`,
    ...sig.args.flatMap((a) => (a.usage === undefined ? [] : sqlComment(a.usage))),
    `CREATE OR REPLACE FUNCTION ${qualified(`${sig.name}_RESULT`)}(${params})`,
    `RETURNS STRUCT<value ${sig.valueType}, error STRING>`,
    'DETERMINISTIC',
    'LANGUAGE js',
    `OPTIONS (description = ${sqlString(`${spec.summary} The value and the input message of one row; one of them is NULL.`)})`,
    `AS r"""`,
    body,
    `""";`,
    '',
    `CREATE OR REPLACE FUNCTION ${qualified(sig.name)}(${params})`,
    `RETURNS ${sig.valueType}`,
    `AS (${call}.value)`,
    `OPTIONS (description = ${sqlString(`${spec.summary} NULL for a blank row or bad input (see ${sig.name}_ERROR).`)});`,
    '',
    `CREATE OR REPLACE FUNCTION ${qualified(`${sig.name}_ERROR`)}(${params})`,
    'RETURNS STRING',
    `AS (${call}.error)`,
    `OPTIONS (description = ${sqlString(`Why ${sig.name} gave NULL for this row, in English and Chinese; NULL when it computed or the row is blank.`)});`,
    '',
  ].join('\n');
}

/** The JavaScript BigQuery runs for each row: the arguments are variables named as the SQL ones. */
export function udfBody(sig: UdfSignature, runtime: string): string {
  const names = sig.args.map((a) => a.name).join(', ');
  const columns = JSON.stringify(sig.columns.map((c) => c.name));
  const kinds = JSON.stringify(sig.columns.map((c) => c.kind));
  return `${runtime.trim()}\nreturn ${RUNTIME_GLOBAL}.callUdf(${JSON.stringify(sig.name)}, [${names}], ${columns}, ${kinds});`;
}
