// The tables Airbyte's Amazon Seller Partner source writes into BigQuery, as the view reads them:
// one per report (stream), every field a STRING column named by Airbyte's BigQuery destination.

/** Manage FBA Inventory: the steadiest source of stock and inbound, out-of-stock SKUs included. */
export const INVENTORY_STREAM = 'GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA';

/** All Orders by order date: one row per order item, for the sales windows. */
export const ORDERS_STREAM = 'GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL';

/**
 * When Airbyte extracted a row: a column its BigQuery destination adds to every table, used to
 * keep the newest copy of a row that several syncs wrote.
 */
export const EXTRACTED_AT = '_airbyte_extracted_at';

/** The columns Airbyte's BigQuery destination adds to every table (destinations v2). */
export const AIRBYTE_META_COLUMNS: readonly string[] = [
  '_airbyte_raw_id',
  EXTRACTED_AT,
  '_airbyte_meta',
  '_airbyte_generation_id',
];

/**
 * A report field's column name in BigQuery: Airbyte's destination turns every character but
 * letters, digits and `_` into `_`, and puts `_` before a leading digit.
 * @example airbyteColumn('afn-fulfillable-quantity') === 'afn_fulfillable_quantity'
 */
export function airbyteColumn(field: string): string {
  const name = field.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** A report field read through a table alias, e.g. `i.afn_fulfillable_quantity`. */
export function fieldOf(alias: string, field: string): string {
  return `${alias}.${airbyteColumn(field)}`;
}
