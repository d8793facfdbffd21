// R5: a Sales-history table (one row per SKU per day) as one daily series per SKU: units sold and
// whether the day began in stock.

/** The table's rows column by column (row i is the i-th entry of each), already read as numbers. */
export interface HistoryColumns {
  /** Whole day numbers (e.g. Sheets date serials). */
  readonly day: ArrayLike<number>;
  readonly sku: readonly string[];
  readonly sold: ArrayLike<number>;
  /** Units available at the end of the day; NaN where the cell is blank. */
  readonly available: ArrayLike<number>;
}

/** One SKU's history, a dense run of days from its first row to the table's last day. */
export interface DailySeries {
  /** Day number of index 0: the SKU's first row. */
  readonly first: number;
  /** Units sold each day (0 on days without a row). */
  readonly sold: Float64Array;
  /** 1 when the day counts as in stock: the previous day ended with units available. */
  readonly inStock: Uint8Array;
  /** Whether the last day of the series ended with units available (carried past its end). */
  readonly endsInStock: boolean;
}

export interface SalesHistoryIndex {
  readonly series: ReadonlyMap<string, DailySeries>;
  /** The latest day in the table, or undefined for an empty one. */
  readonly lastDay: number | undefined;
}

/**
 * Groups the rows by SKU into daily series. A day without a row sold nothing and keeps the last
 * known availability; a day counts as in stock when the previous day ended with units available,
 * and every day does while no availability is known (the column absent or blank). Several rows
 * for one SKU and day add up their units sold; the largest availability stands.
 */
export function indexSalesHistory(rows: HistoryColumns): SalesHistoryIndex {
  const count = rows.sku.length;
  const bySku = new Map<string, number[]>();
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const sku = rows.sku[i] as string;
    let list = bySku.get(sku);
    if (list === undefined) {
      list = [];
      bySku.set(sku, list);
    }
    list.push(i);
    const day = rows.day[i] as number;
    if (day > lastDay) lastDay = day;
  }
  const series = new Map<string, DailySeries>();
  if (count === 0) return { series, lastDay: undefined };
  for (const [sku, list] of bySku) series.set(sku, buildSeries(rows, list, lastDay));
  return { series, lastDay };
}

function buildSeries(rows: HistoryColumns, list: readonly number[], lastDay: number): DailySeries {
  let first = Number.POSITIVE_INFINITY;
  for (const i of list) first = Math.min(first, rows.day[i] as number);
  const length = lastDay - first + 1;
  const sold = new Float64Array(length);
  const available = new Float64Array(length).fill(Number.NaN);
  for (const i of list) {
    const at = (rows.day[i] as number) - first;
    sold[at] = (sold[at] as number) + (rows.sold[i] as number);
    const units = rows.available[i] as number;
    if (!Number.isNaN(units)) {
      const known = available[at] as number;
      available[at] = Number.isNaN(known) ? units : Math.max(known, units);
    }
  }
  const inStock = new Uint8Array(length);
  let stocked = true;
  for (let d = 0; d < length; d++) {
    inStock[d] = stocked ? 1 : 0;
    const units = available[d] as number;
    if (!Number.isNaN(units)) stocked = units > 0;
  }
  return { first, sold, inStock, endsInStock: stocked };
}

/** Units sold on a day: 0 before the series and after its end (no row, nothing sold). */
export function soldOn(series: DailySeries, day: number): number {
  const at = day - series.first;
  return at >= 0 && at < series.sold.length ? (series.sold[at] as number) : 0;
}

/** Whether a day counts as in stock; after the series' end, its last availability holds. */
export function inStockOn(series: DailySeries, day: number): boolean {
  const at = day - series.first;
  if (at < 0) return false;
  return at < series.inStock.length ? series.inStock[at] === 1 : series.endsInStock;
}
