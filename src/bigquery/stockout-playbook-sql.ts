// The whole of dist/bigquery/stockout_playbook.sql: every custom function of the catalog as
// BigQuery functions, then the replenishment view over the Airbyte tables.

import { CUSTOM_FUNCTIONS } from '../addon/custom-functions/catalog';
import { functionSql } from './function-sql';

export { RUNTIME_GLOBAL } from './function-sql';

import { replenishmentViewSql } from './replenishment-view';
import { AIRBYTE_DATASET, DATASET } from './sql-text';

/** Placeholders the user replaces before running the file: no function body may contain them. */
export const PLACEHOLDERS = [DATASET, AIRBYTE_DATASET] as const;

/** The custom functions the file defines, in its order: the build bundles one runtime for each. */
export const FUNCTION_NAMES: readonly string[] = CUSTOM_FUNCTIONS.map((spec) => spec.name);

/**
 * The file's text. `runtimeOf` gives a function's bundled UDF runner (udf-runtime.ts over that
 * function's spec alone), which declares RUNTIME_GLOBAL.
 */
export function stockoutPlaybookSql(runtimeOf: (fn: string) => string): string {
  const runtimes = new Map(FUNCTION_NAMES.map((fn) => [fn, runtimeOf(fn)]));
  for (const [fn, runtime] of runtimes) {
    for (const text of [...PLACEHOLDERS, '"""']) {
      if (runtime.includes(text)) {
        throw new Error(
          `BigQuery functions: the UDF runtime of ${fn} contains ${text}, which the SQL file cannot hold`,
        );
      }
    }
  }
  return [
    '-- Stockout Playbook for BigQuery. Built from src/ by build.mjs: edit the sources, not this file.',
    `-- Replace ${DATASET} with the dataset for the functions and the view (project.dataset) and`,
    `-- ${AIRBYTE_DATASET} with the one Airbyte writes the Amazon reports into, then run it, e.g.`,
    "--   sed -e 's/[$]{dataset}/my_project.stockout/g' -e 's/[$]{airbyte_dataset}/my_project.amazon/g' \\",
    '--     dist/bigquery/stockout_playbook.sql | bq query --use_legacy_sql=false',
    '-- Every function takes every argument: pass NULL for one you leave out (a blank cell in Sheets).',
    '',
    ...CUSTOM_FUNCTIONS.map((spec) => functionSql(spec, runtimes.get(spec.name) as string)),
    "-- The replenishment sheet over the Airbyte tables: one row per SKU, the sheet's columns.",
    `${replenishmentViewSql()};`,
    '',
  ].join('\n');
}
