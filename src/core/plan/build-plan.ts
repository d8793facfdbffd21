// The plan for one SKU: its phase, key figures and their sums, projected stock, the stockout ahead,
// this week's order and the checklist for the phase.

import { nonNegativeOrBlank } from '../checks';
import { coverDays } from '../cover-days';
import type { IsoDate } from '../iso-date';
import { type Phase, stockoutPhase } from '../phase';
import { isArrivalOverdue, stockoutGap } from '../stockout-gap';
import { afterChecklist } from './after-checklist';
import { beforeChecklist } from './before-checklist';
import { duringChecklist } from './during-checklist';
import { type GapAhead, gapAhead } from './gap-ahead';
import { gapClass } from './gap-class';
import { orderItem } from './order-item';
import { type OrderPlan, workOutOrder } from './order-plan';
import type { FigureSums, PlanContext, PlanFigures } from './plan-context';
import type { PlanItem, PlanLine } from './plan-item';
import { checkPlanSettings, DEFAULT_PLAN_SETTINGS, type PlanSettings } from './plan-settings';
import { days, rate, units } from './quantity';
import { AREAS } from './rule-book';
import { checkSkuRow, type SkuRow } from './sku-row';
import { projectStock, type StockProjection } from './stock-projection';

export interface Plan {
  readonly phase: Phase;
  readonly figures: PlanFigures;
  readonly chart: StockProjection;
  /** R33: the stockout ahead (a recovering SKU's next gap, or the one a sea order cannot close). */
  readonly gapAhead?: GapAhead;
  /**
   * R23: days the inbound is past its ETA with the shipment still open. Its arrival then counts
   * as unknown everywhere in the plan, as it does in the sheet's phase.
   */
  readonly arrivalOverdueDays?: number;
  /**
   * The phase's checklist, grouped by area in AREAS order: this week's order first (R6) when
   * there is something to order. Empty for a healthy SKU with nothing to order.
   */
  readonly items: readonly PlanItem[];
}

/**
 * Works out the plan for a SKU's row. Undefined for a row with neither stock nor sales (nothing
 * to plan); an InputError names the first bad figure or setting. `today` (the spreadsheet's)
 * dates the order; without it the order counts days from today.
 * @example buildPlan({ stock: 0, dailySales: 5, daysToArrival: 40 })?.phase === 'OUT_OF_STOCK'
 */
export function buildPlan(
  typed: SkuRow,
  settings: PlanSettings = DEFAULT_PLAN_SETTINGS,
  today?: IsoDate,
): Plan | undefined {
  checkPlanSettings(settings);
  checkSkuRow(typed);
  const overdueDays = isArrivalOverdue(typed.daysToArrival)
    ? -(typed.daysToArrival as number)
    : undefined;
  const row: SkuRow = overdueDays === undefined ? typed : { ...typed, daysToArrival: undefined };
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
  const order = sales === undefined ? undefined : workOutOrder(row, stock, sales, settings, today);
  const figures = keyFigures(row, stock, sales, settings, order);
  const ahead = gapAhead(figures, sales, row.cycleDays ?? settings.cycleDays);
  const context: PlanContext = {
    row,
    stock,
    sales,
    settings,
    figures,
    order,
    gapAhead: ahead,
    today,
    ...(overdueDays === undefined ? {} : { arrivalOverdueDays: overdueDays }),
  };
  return {
    phase,
    figures,
    chart: projectStock(stock, sales, row.inbound, row.daysToArrival),
    ...(ahead === undefined ? {} : { gapAhead: ahead }),
    ...(overdueDays === undefined ? {} : { arrivalOverdueDays: overdueDays }),
    items: byArea([...orderItems(context), ...checklist(phase, context)]),
  };
}

function keyFigures(
  row: SkuRow,
  stock: number,
  sales: number | undefined,
  settings: PlanSettings,
  order: OrderPlan | undefined,
): PlanFigures {
  let gapDays: number | undefined;
  if (sales !== undefined) gapDays = stockoutGap(stock, sales, row.daysToArrival);
  else if (stock === 0) gapDays = row.daysToArrival; // out now: out until the inbound lands
  const coverDaysValue = sales === undefined ? undefined : coverDays(stock, sales, row.inbound);
  const runOutDays = stock === 0 ? 0 : sales ? stock / sales : undefined;
  return {
    coverDays: coverDaysValue,
    runOutDays,
    arrivalDays: row.daysToArrival,
    gapDays,
    gapClass:
      gapDays !== undefined && gapDays > 0
        ? gapClass(gapDays, settings.shortGapDays, settings.longGapDays)
        : undefined,
    reorderQty: order?.units,
    sums: figureSums(stock, sales, row, coverDaysValue, runOutDays, gapDays, order),
  };
}

/** R11: the inputs of days of cover, the gap and the reorder quantity, as the sidebar writes them. */
function figureSums(
  stock: number,
  sales: number | undefined,
  row: SkuRow,
  cover: number | undefined,
  runOut: number | undefined,
  gap: number | undefined,
  order: OrderPlan | undefined,
): FigureSums {
  const sums: { cover?: PlanLine; gap?: PlanLine; reorder?: PlanLine } = {};
  if (sales !== undefined && cover !== undefined) {
    sums.cover = {
      text: 'sum.cover',
      values: {
        stock: units(stock),
        inbound: units(row.inbound ?? 0),
        sales: rate(sales),
        cover: days(cover),
      },
    };
  }
  const arrival = row.daysToArrival;
  if (gap !== undefined && arrival !== undefined) {
    if (stock === 0) {
      sums.gap = { text: 'sum.gapOutNow', values: { arrival: days(arrival), gap: days(gap) } };
    } else if (runOut !== undefined) {
      sums.gap = {
        text: gap > 0 ? 'sum.gap' : 'sum.noGap',
        values: { arrival: days(arrival), runOut: days(runOut), gap: days(gap) },
      };
    } else {
      sums.gap = { text: 'sum.noSalesNoGap', values: { arrival: days(arrival) } };
    }
  }
  if (order !== undefined) sums.reorder = order.reorderSum;
  return sums;
}

/** The items grouped by area in AREAS order, each area's items in the order they came. */
function byArea(items: PlanItem[]): PlanItem[] {
  return AREAS.flatMap((area) => items.filter((item) => item.area === area));
}

/** R6: this week's order, first, whenever there is something to order. */
function orderItems(context: PlanContext): PlanItem[] {
  const order = context.order;
  return order !== undefined && order.units > 0 ? [orderItem(order, context)] : [];
}

function checklist(phase: Phase, context: PlanContext): PlanItem[] {
  switch (phase) {
    case 'PRE_STOCKOUT':
      return beforeChecklist(context);
    case 'OUT_OF_STOCK':
      return duringChecklist(context);
    case 'RECOVERY':
      // R33: heading for a new gap, the before-stockout protection comes first.
      return context.gapAhead === undefined
        ? afterChecklist(context)
        : [...beforeChecklist(context), ...afterChecklist(context, 'gapAhead')];
    case 'HEALTHY':
      return [];
  }
}
