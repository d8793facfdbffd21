// The Sales-history sheet's example rows: one SKU over a week with a stockout, so the sheet shows
// what the availability column is for.

export interface ExampleSalesDay {
  /** Days from today, written as =TODAY()-n so the example keeps its meaning any day. */
  readonly day: number;
  readonly sold: number;
  readonly available: number;
}

export const EXAMPLE_SALES_SKU = 'EXAMPLE-MUG';

/** Sells about 12 a day, runs out 4 days ago, is restocked yesterday. */
export const EXAMPLE_SALES_DAYS: readonly ExampleSalesDay[] = [
  { day: -7, sold: 12, available: 38 },
  { day: -6, sold: 14, available: 24 },
  { day: -5, sold: 11, available: 13 },
  { day: -4, sold: 13, available: 0 },
  { day: -3, sold: 0, available: 0 },
  { day: -2, sold: 0, available: 0 },
  { day: -1, sold: 9, available: 191 },
];
