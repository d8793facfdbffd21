// Lays the sample SKUs out in the template's columns: headers, inputs and the template's formulas.

import type { Locale } from '../../src/core/i18n/locale';
import { DEFAULT_SETTINGS, type PlaybookSettings } from '../../src/core/settings/settings';
import { openColumnRange } from '../../src/addon/template/column-letter';
import {
  type ColumnKey,
  REPLENISHMENT_COLUMNS,
} from '../../src/addon/template/replenishment-columns';
import { SAMPLE_SKUS, type SampleSku } from './sample-skus';

/** The first data row (1-based): row 1 holds the headers. */
export const FIRST_DATA_ROW = 2;

/** A day `days` after `today`, at midnight, as a date cell holds it. */
export function dayFrom(today: Date, days: number): Date {
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
}

/** One SKU's input cells by column; computed columns are absent. */
export function sampleInputs(
  sku: SampleSku,
  today: Date,
  locale: Locale,
): Partial<Record<ColumnKey, unknown>> {
  const zh = locale === 'zh-CN';
  return {
    sku: sku.sku,
    asin: sku.asin,
    product: zh ? sku.productZh : sku.product,
    fbaStock: sku.fbaStock,
    inbound: sku.inbound,
    nextArrival: sku.arrivalInDays === undefined ? '' : dayFrom(today, sku.arrivalInDays),
    units7d: sku.units7d,
    units14d: sku.units14d,
    units30d: sku.units30d,
    lySame30d: sku.lySame30d ?? '',
    lyNext90d: sku.lyNext90d ?? '',
    cycleDays: sku.cycleDays,
    safetyDays: sku.safetyDays,
    casePack: sku.casePack,
    lastRestock: sku.restockedDaysAgo === undefined ? '' : dayFrom(today, -sku.restockedDaysAgo),
    price: sku.price,
    dailyAdBudget: sku.adBudget,
    notes: (zh ? sku.noteZh : sku.note) ?? '',
  };
}

/** The template's formula of each computed column, as written in its first data row. */
export function templateFormulas(
  settings: PlaybookSettings = DEFAULT_SETTINGS,
): Partial<Record<ColumnKey, string>> {
  const columnNumber = new Map(REPLENISHMENT_COLUMNS.map((c, i) => [c.key, i + 1]));
  const range = (key: ColumnKey) => openColumnRange(columnNumber.get(key) ?? 1, FIRST_DATA_ROW);
  const out: Partial<Record<ColumnKey, string>> = {};
  for (const column of REPLENISHMENT_COLUMNS) {
    if (column.formula) out[column.key] = column.formula({ range, settings });
  }
  return out;
}

/**
 * The whole sheet as rows of cells: headers, then one row per SKU, the formulas in the first
 * data row. `repeat` stacks the catalogue that many times (benchmarks on long sheets).
 */
export function sampleSheetRows(
  today: Date,
  locale: Locale = 'en',
  { repeat = 1, skus = SAMPLE_SKUS }: { repeat?: number; skus?: readonly SampleSku[] } = {},
): unknown[][] {
  const formulas = templateFormulas();
  const rows: unknown[][] = [REPLENISHMENT_COLUMNS.map((c) => c.header[locale])];
  for (let copy = 0; copy < repeat; copy++) {
    for (const sku of skus) {
      const inputs = sampleInputs(sku, today, locale);
      const suffix = repeat > 1 ? `-${copy + 1}` : '';
      rows.push(
        REPLENISHMENT_COLUMNS.map((c) => {
          if (c.key === 'sku') return `${sku.sku}${suffix}`;
          // The computed columns' array formulas live in the first data row only.
          if (rows.length === FIRST_DATA_ROW - 1 && formulas[c.key]) return formulas[c.key];
          return inputs[c.key] ?? '';
        }),
      );
    }
  }
  return rows;
}
