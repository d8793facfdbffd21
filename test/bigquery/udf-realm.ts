// A generated JavaScript UDF as BigQuery runs it: the body inside a function whose parameters are
// the SQL arguments, in a fresh realm with nothing but JavaScript's own globals, the arguments'
// DATEs made in that realm.

import { createContext, runInContext } from 'node:vm';
import type { FunctionStatement } from './sql-statements';

export type UdfRow = { value: unknown; error: unknown };
export type Udf = (...args: unknown[]) => UdfRow;

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** The UDF of one `NAME_RESULT` statement, and the realm it runs in (to check it keeps no state). */
export function compileUdf(fn: FunctionStatement): { udf: Udf; realm: object } {
  const realm = createContext({});
  const names = fn.params.map((p) => p.name).join(', ');
  const compiled = runInContext(`(function (${names}) {\n${fn.body}\n})`, realm) as Udf;
  // BigQuery builds the DATEs in the UDF's own realm.
  const RealmDate = runInContext('Date', realm) as DateConstructor;
  const own = (value: unknown): unknown => {
    if (isDate(value)) return new RealmDate(value.getTime());
    if (Array.isArray(value)) return value.map(own);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, own(v)]));
    }
    return value;
  };
  return { udf: (...args) => compiled(...args.map(own)), realm };
}
