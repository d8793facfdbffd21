// A spreadsheet with the add-on's replenishment sheet, for the import tests: what it holds, by
// SKU and column key, and a seller's sort of its rows.

import { createFakeWorld, type FakeWorld } from '../../../fakes/fake-services';
import type { FakeSheet } from '../../../fakes/fake-sheet';
import {
  type ColumnKey,
  REPLENISHMENT_COLUMNS,
} from '../../../src/addon/replenishment-sheet/replenishment-columns';
import { insertReplenishmentSheet } from '../support/insert-replenishment-sheet';

export const NOW = new Date(Date.UTC(2026, 11, 1, 9, 30));

/** The template's 1-based column of a key; the report status column comes right after. */
export function column(key: ColumnKey | 'reportStatus'): number {
  if (key === 'reportStatus') return REPLENISHMENT_COLUMNS.length + 1;
  return REPLENISHMENT_COLUMNS.findIndex((c) => c.key === key) + 1;
}

export function templateWorld(userLocale = 'en'): { world: FakeWorld; sheet: FakeSheet } {
  const world = createFakeWorld({ userLocale });
  const { name } = insertReplenishmentSheet(world.services);
  world.calls.reset();
  return { world, sheet: world.spreadsheet.sheet(name) };
}

/** Each SKU's row as { key: value }, for the keys asked (and its sheet row). */
export function rowsBySku(
  sheet: FakeSheet,
  keys: readonly (ColumnKey | 'reportStatus')[],
): Map<string, Record<string, unknown>> {
  const values = sheet.valuesUncounted();
  const out = new Map<string, Record<string, unknown>>();
  values.slice(1).forEach((line, i) => {
    const sku = String(line[column('sku') - 1] ?? '');
    if (sku === '') return;
    const row: Record<string, unknown> = { row: i + 2 };
    for (const key of keys) row[key] = line[column(key) - 1] ?? '';
    out.set(sku, row);
  });
  return out;
}

/** One SKU's value of a column. */
export function skuValue(sheet: FakeSheet, sku: string, key: ColumnKey | 'reportStatus'): unknown {
  return rowsBySku(sheet, [key]).get(sku)?.[key];
}

/** Every cell that is not a formula and not in a worked-out column, by SKU and column. */
export function typedCells(sheet: FakeSheet): Record<string, Record<string, unknown>> {
  const keys = [
    ...REPLENISHMENT_COLUMNS.filter((c) => c.kind === 'input').map((c) => c.key),
    'reportStatus' as const,
  ];
  const out: Record<string, Record<string, unknown>> = {};
  for (const [sku, row] of rowsBySku(sheet, keys)) {
    const { row: _row, ...rest } = row;
    out[sku] = rest;
  }
  return out;
}

/**
 * The seller sorts the data rows by SKU, descending: every column without a formula in its
 * first data row moves with its row, as Sheets sorts a range that leaves the array formulas out.
 */
export function sortRowsBySku(sheet: FakeSheet): void {
  const values = sheet.valuesUncounted();
  const width = values[0]?.length ?? 0;
  const skuIndex = column('sku') - 1;
  const moving: number[] = [];
  for (let c = 0; c < width; c++)
    if ((sheet.cellAt(2, c + 1)?.formula ?? '') === '') moving.push(c);
  // Each row's cells as they are: formula and value, moved together (text "=X" stays text).
  const rows = values
    .slice(1)
    .map((line, i) =>
      line.map((value, c) => ({ value, formula: sheet.cellAt(i + 2, c + 1)?.formula ?? '' })),
    );
  const key = (line: readonly { value: unknown }[]) => String(line[skuIndex]?.value ?? '');
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === y) return 0;
    if (x === '') return 1;
    if (y === '') return -1;
    return x < y ? 1 : -1;
  });
  sorted.forEach((line, to) => {
    for (const c of moving) {
      const cell = sheet.cellFor(to + 2, c + 1);
      cell.value = line[c]?.value ?? '';
      cell.formula = line[c]?.formula ?? '';
    }
  });
}
