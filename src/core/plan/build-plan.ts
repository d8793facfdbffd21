// The plan for one SKU: its phase, key figures, projected stock and the checklist for the phase.

import { nonNegativeOrBlank } from '../checks';
import { coverDays } from '../cover-days';
import { type Phase, stockoutPhase } from '../phase';
import { reorderQty } from '../reorder-qty';
import { stockoutGap } from '../stockout-gap';
import { afterChecklist } from './after-checklist';
import { beforeChecklist } from './before-checklist';
import { duringChecklist } from './during-checklist';
import { gapClass } from './gap-class';
import type { PlanContext, PlanFigures } from './plan-context';
import type { PlanItem } from './plan-item';
import { checkPlanSettings, DEFAULT_PLAN_SETTINGS, type PlanSettings } from './plan-settings';
import { checkSkuRow, type SkuRow } from './sku-row';
import { projectStock, type StockProjection } from './stock-projection';

export interface Plan {
  readonly phase: Phase;
  readonly figures: PlanFigures;
  readonly chart: StockProjection;
  /** The phase's checklist, grouped by area in AREAS order. Empty for a healthy SKU. */
  readonly items: readonly PlanItem[];
}

/**
 * Works out the plan for a SKU's row. Undefined for a row with neither stock nor sales (nothing
 * to plan); an InputError names the first bad figure or setting.
 * @example buildPlan({ stock: 0, dailySales: 5, daysToArrival: 40 })?.phase === 'OUT_OF_STOCK'
 */
export function buildPlan(
  row: SkuRow,
  settings: PlanSettings = DEFAULT_PLAN_SETTINGS,
): Plan | undefined {
  checkPlanSettings(settings);
  checkSkuRow(row);
  const phase = stockoutPhase({
    stock: row.stock,
    dailySales: row.dailySales,
    daysToArrival: row.daysToArrival,
    daysSinceRestock: row.daysSinceRestock,
    alertDays: settings.alertDays,
    recoveryDays: settings.recoveryDays,
  });
  if (phase === undefined) return undefined;
  // The phase has checked the stock; an empty shelf needs no sales figure to be out of stock.
  const stock = row.stock as number;
  const sales = nonNegativeOrBlank('daily_sales', row.dailySales);
  const figures = keyFigures(row, stock, sales, settings);
  const context: PlanContext = { row, stock, sales, settings, figures };
  return {
    phase,
    figures,
    chart: projectStock(stock, sales, row.inbound, row.daysToArrival),
    items: checklist(phase, context),
  };
}

function keyFigures(
  row: SkuRow,
  stock: number,
  sales: number | undefined,
  settings: PlanSettings,
): PlanFigures {
  let gapDays: number | undefined;
  if (sales !== undefined) gapDays = stockoutGap(stock, sales, row.daysToArrival);
  else if (stock === 0) gapDays = row.daysToArrival; // out now: out until the inbound lands
  return {
    coverDays: sales === undefined ? undefined : coverDays(stock, sales, row.inbound),
    runOutDays: stock === 0 ? 0 : sales ? stock / sales : undefined,
    arrivalDays: row.daysToArrival,
    gapDays,
    gapClass:
      gapDays !== undefined && gapDays > 0
        ? gapClass(gapDays, settings.shortGapDays, settings.longGapDays)
        : undefined,
    reorderQty:
      sales === undefined
        ? undefined
        : reorderQty({
            dailySales: sales,
            cycleDays: row.cycleDays ?? settings.cycleDays,
            safetyDays: row.safetyDays ?? settings.safetyDays,
            fbaStock: stock,
            inbound: row.inbound,
            casePack: row.casePack,
          }),
  };
}

function checklist(phase: Phase, context: PlanContext): PlanItem[] {
  switch (phase) {
    case 'PRE_STOCKOUT':
      return beforeChecklist(context);
    case 'OUT_OF_STOCK':
      return duringChecklist(context);
    case 'RECOVERY':
      return afterChecklist(context);
    case 'HEALTHY':
      return [];
  }
}
