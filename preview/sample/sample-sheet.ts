// Lays the sample SKUs out in the template's columns: inputs by column, and a whole sheet's rows.

import {
  type ColumnKey,
  REPLENISHMENT_COLUMNS,
} from '../../src/addon/replenishment-sheet/replenishment-columns';
import { FIRST_DATA_ROW, planTemplate } from '../../src/addon/replenishment-sheet/template-plan';
import type { Locale } from '../../src/core/i18n/locale';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { SAMPLE_SKUS, type SampleSku } from './sample-skus';

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
    units7d: sku.sold[0],
    units14d: sku.sold[1],
    units30d: sku.sold[2],
    lySame30d: sku.lySame30d ?? '',
    lyNext90d: sku.lyNext90d ?? '',
    // A cycle or safety days equal to the defaults are left blank, so the settings (the ship
    // mode's legs plus the review period, the default safety days) drive them, as in a new sheet.
    shipMode: sku.shipMode ?? '',
    cycleDays: sku.cycleDays === DEFAULT_SETTINGS.cycleDays ? '' : sku.cycleDays,
    safetyDays: sku.safetyDays === DEFAULT_SETTINGS.safetyDays ? '' : sku.safetyDays,
    casePack: sku.casePack,
    lastRestock: sku.restockedDaysAgo === undefined ? '' : dayFrom(today, -sku.restockedDaysAgo),
    price: sku.price,
    dailyAdBudget: sku.adBudget,
    notes: (zh ? sku.noteZh : sku.note) ?? '',
  };
}

/** The SKUs, `repeat` times over with numbered SKUs (long sheets for benchmarks). */
export function repeatedSkus(
  repeat: number,
  skus: readonly SampleSku[] = SAMPLE_SKUS,
): SampleSku[] {
  if (repeat <= 1) return [...skus];
  const out: SampleSku[] = [];
  for (let copy = 1; copy <= repeat; copy++) {
    for (const sku of skus) out.push({ ...sku, sku: `${sku.sku}-${copy}` });
  }
  return out;
}

/**
 * The whole sheet as rows of cells, without the spreadsheet around it: the template's headers,
 * one row per SKU, and the template's array formulas in the first data row.
 */
export function sampleSheetRows(
  today: Date,
  locale: Locale = 'en',
  skus: readonly SampleSku[] = SAMPLE_SKUS,
): unknown[][] {
  const plan = planTemplate(locale, DEFAULT_SETTINGS);
  const keys = REPLENISHMENT_COLUMNS.map((c) => c.key);
  const rows: unknown[][] = [plan.headers];
  for (const sku of skus) {
    const inputs = sampleInputs(sku, today, locale);
    rows.push(keys.map((key) => inputs[key] ?? ''));
  }
  const first = rows[FIRST_DATA_ROW - 1];
  for (const { column, value } of plan.formulas) if (first) first[column - 1] = value;
  return rows;
}
