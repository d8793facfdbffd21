// The type of build-bigquery.mjs, for the TypeScript that calls it (the BigQuery tests).

/** The text of dist/bigquery/stockout_playbook.sql. */
export function buildBigQuerySql(): Promise<string>;
