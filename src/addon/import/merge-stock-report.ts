// R1, R2, R10: a stock report merged into the replenishment sheet by SKU, worked out before any
// cell is written. Only the columns the report gives change; a new SKU gets a row at the end; a
// SKU the report leaves out keeps its row and values and is marked; formulas stay.

import type { ReportContents } from '../../core/import/read-report';
import { SHEET_FIELDS, type SheetField } from '../../core/import/sheet-fields';
import { isBlank } from '../platform/cell-value';
import type { ColumnKey } from '../replenishment-sheet/replenishment-columns';
import type { CellRecord, RowRecord } from './import-history';
import { type CellChanges, type SheetGrid, setChange } from './sheet-grid';

/** Every sheet field the core fills is a replenishment column. */
const FIELD_COLUMNS: Readonly<Record<SheetField, ColumnKey>> = {
  asin: 'asin',
  product: 'product',
  fbaStock: 'fbaStock',
  inbound: 'inbound',
  units7d: 'units7d',
  units30d: 'units30d',
  price: 'price',
};

export interface StockMergeInput {
  readonly grid: SheetGrid;
  /** 0-based column of each replenishment column the sheet has; `sku` is required. */
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>>;
  /** 0-based column of the report status; may be just right of the grid (a column to add). */
  readonly statusColumn: number;
  /** Columns never written: worked out by formulas (the template's computed columns and any
   * column whose first data cell holds a formula). */
  readonly formulaColumns: ReadonlySet<number>;
  readonly report: ReportContents;
  /** The mark of a SKU the report does not list. */
  readonly mark: string;
}

export interface StockMerge {
  readonly changes: CellChanges;
  readonly records: RowRecord[];
  readonly updated: number;
  readonly added: number;
  readonly notListed: number;
  readonly unchanged: number;
  /** Cells the report has a value for that hold a formula, left as they are. */
  readonly keptFormulas: number;
  /** Report fields the sheet fills by formula, so not updated. */
  readonly formulaFields: readonly ColumnKey[];
  /** Fields the report gives that the sheet has no column for. */
  readonly missingFields: readonly ColumnKey[];
  /** SKUs on more than one row, with their sheet rows: only the first is updated. */
  readonly repeated: readonly { readonly sku: string; readonly rows: readonly number[] }[];
}

/** The SKU in a cell as the sheet and the report share it: trimmed text. */
export function skuText(value: unknown): string {
  if (value instanceof Date) return '';
  return String(value ?? '').trim();
}

function sameValue(current: unknown, next: unknown): boolean {
  if (current === next) return true;
  if (typeof next === 'number') return typeof current === 'number' && current === next;
  return !(current instanceof Date) && String(current ?? '').trim() === String(next).trim();
}

export function mergeStockReport(input: StockMergeInput): StockMerge {
  const { grid, columns, statusColumn, formulaColumns, report, mark } = input;
  const skuColumn = columns.sku as number;
  const changes: CellChanges = new Map();
  const records: RowRecord[] = [];

  const rowOf = new Map<string, number>();
  const repeatedRows = new Map<string, number[]>();
  let lastUsed = -1;
  grid.values.forEach((line, row) => {
    if (line.some((cell, column) => !formulaColumns.has(column) && !isBlank(cell))) lastUsed = row;
    const sku = skuText(line[skuColumn]);
    if (sku === '') return;
    const first = rowOf.get(sku);
    if (first === undefined) rowOf.set(sku, row);
    else repeatedRows.set(sku, [...(repeatedRows.get(sku) ?? [first]), row]);
  });

  const provided = new Set(report.provides);
  const fields = SHEET_FIELDS.filter((f) => provided.has(f.field)).map((f) => ({
    ...f,
    key: FIELD_COLUMNS[f.field],
    column: columns[FIELD_COLUMNS[f.field]],
  }));
  const missingFields = fields.filter((f) => f.column === undefined).map((f) => f.key);
  const formulaFields = fields
    .filter((f) => f.column !== undefined && formulaColumns.has(f.column))
    .map((f) => f.key);
  const writable = fields.filter(
    (f): f is typeof f & { column: number } =>
      f.column !== undefined && !formulaColumns.has(f.column),
  );
  const statusWritable = !formulaColumns.has(statusColumn);

  let updated = 0;
  let added = 0;
  let unchanged = 0;
  let keptFormulas = 0;
  let nextRow = lastUsed + 1;
  const listed = new Set<string>();

  for (const figures of report.skus) {
    if (listed.has(figures.sku)) continue;
    listed.add(figures.sku);
    const existing = rowOf.get(figures.sku);
    const cells: CellRecord[] = [];
    const change = (row: number, column: number, key: string, before: unknown, after: unknown) => {
      setChange(changes, row, column, after);
      cells.push({ column: key, before, after });
    };
    if (existing === undefined) {
      const row = nextRow++;
      const before = (column: number) => grid.values[row]?.[column] ?? '';
      change(row, skuColumn, 'sku', before(skuColumn), figures.sku);
      for (const field of writable) {
        const value = figures.values[field.field];
        if (value !== undefined) change(row, field.column, field.key, before(field.column), value);
      }
      records.push({ key: [figures.sku], added: true, cells });
      added++;
      continue;
    }
    const line = grid.values[existing] ?? [];
    const formulas = grid.formulas[existing] ?? [];
    for (const field of writable) {
      const value = figures.values[field.field];
      if (value === undefined) continue;
      const current = line[field.column] ?? '';
      if ((formulas[field.column] ?? '') !== '') {
        if (!sameValue(current, value)) keptFormulas++;
        continue;
      }
      if (field.merge === 'fillBlank' && !isBlank(current)) continue;
      if (sameValue(current, value)) continue;
      change(existing, field.column, field.key, current, value);
    }
    const status = line[statusColumn] ?? '';
    if (statusWritable && !isBlank(status) && (formulas[statusColumn] ?? '') === '') {
      change(existing, statusColumn, 'reportStatus', status, '');
    }
    if (cells.length > 0) {
      records.push({ key: [figures.sku], added: false, cells });
      updated++;
    } else {
      unchanged++;
    }
  }

  let notListed = 0;
  if (statusWritable) {
    for (const [sku, row] of rowOf) {
      if (listed.has(sku)) continue;
      notListed++;
      const current = grid.values[row]?.[statusColumn] ?? '';
      if ((grid.formulas[row]?.[statusColumn] ?? '') !== '' || sameValue(current, mark)) continue;
      setChange(changes, row, statusColumn, mark);
      records.push({
        key: [sku],
        added: false,
        cells: [{ column: 'reportStatus', before: current, after: mark }],
      });
    }
  }

  return {
    changes,
    records,
    updated,
    added,
    notListed,
    unchanged,
    keptFormulas,
    formulaFields,
    missingFields,
    repeated: [...repeatedRows].map(([sku, rows]) => ({
      sku,
      rows: rows.map((r) => grid.firstRow + r),
    })),
  };
}
