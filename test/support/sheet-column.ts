// A column range as Sheets passes it to a custom function: one value a row, each row an array.

export function col(...values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}
