// Loose matching of a report's column names: Amazon spells the same column with other case,
// spaces, hyphens or underscores from one file to the next, sometimes quoted or after a BOM.

/**
 * A column name reduced to what identifies it: NFKC-folded, lower case, without BOM, quotes,
 * spaces, hyphens or underscores. Brackets are kept: "(Parent) ASIN" and "(Child) ASIN" differ.
 * @example foldReportHeader('"Ending Warehouse Balance"') === foldReportHeader('EndingWarehouseBalance')
 * @example foldReportHeader('inbound_quantity') === 'inboundquantity'
 */
export function foldReportHeader(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\uFEFF"'`\s\-_]+/g, '')
    .toLowerCase();
}

/** A report header's columns by folded name: the first column of a name wins. */
export function headerIndex(header: readonly string[]): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const folded = foldReportHeader(name);
    if (folded !== '' && !index.has(folded)) index.set(folded, i);
  });
  return index;
}

/** The 0-based column of the first spelling found, or undefined. */
export function findReportColumn(
  index: ReadonlyMap<string, number>,
  spellings: readonly string[],
): number | undefined {
  for (const spelling of spellings) {
    const column = index.get(foldReportHeader(spelling));
    if (column !== undefined) return column;
  }
  return undefined;
}
