// R6, R11, R24: the checklist's first item: "Order N units by DATE, by sea", with its sums.

import { addDays } from '../iso-date';
import type { OrderPlan } from './order-plan';
import type { PlanContext } from './plan-context';
import { type PlanItem, type PlanLine, planItem } from './plan-item';
import type { PlanTextKey } from './plan-messages';
import { date, days, type Quantity, units } from './quantity';

/**
 * The order as a checklist item. Its steps are the order's own sums (the same lines the key
 * figures show), then where the sheet's own figures differ from them.
 */
export function orderItem(order: OrderPlan, { settings, today }: PlanContext): PlanItem {
  const { inputs, orderByDays } = order;
  const values: Record<string, Quantity> = {
    units: units(order.units),
    cycle: days(inputs.cycle),
    review: days(inputs.review),
    safety: days(inputs.safety),
    airDays: days(settings.airTransitDays),
    airUnits: units(order.airUnits),
    seaUnits: units(order.units - order.airUnits),
  };
  if (inputs.coverDays !== undefined) values.cover = days(inputs.coverDays);
  if (orderByDays !== undefined) {
    values.orderIn = days(Math.max(orderByDays, 0));
    values.late = days(Math.max(-orderByDays, 0));
    if (today !== undefined) values.date = date(addDays(today, orderByDays));
  }
  const late = orderByDays === undefined || orderByDays < 0;
  let text: PlanTextKey;
  let detail: PlanTextKey;
  if (order.mode === 'air') {
    text = order.airUnits < order.units ? 'orderAirSplit' : 'orderAir';
    detail = order.modeFromSheet ? 'orderAirSheetDetail' : 'orderAirDetail';
  } else if (late) {
    text = 'orderSeaNow';
    detail =
      orderByDays === undefined
        ? 'orderNoSalesDetail'
        : -orderByDays <= inputs.review
          ? 'orderSeaDueDetail'
          : 'orderSeaLateDetail';
  } else {
    text = today === undefined ? 'orderSeaWithin' : 'orderSea';
    detail = 'orderSeaDetail';
  }
  const steps: PlanLine[] = [order.reorderSum];
  if (order.orderBySum !== undefined) steps.push(order.orderBySum);
  if (order.unitsFromSheet && order.units !== order.sumUnits) {
    steps.push({
      text: 'sum.sheetQty',
      values: { units: units(order.units), result: units(order.sumUnits) },
    });
  }
  if (
    order.orderByFromSheet &&
    orderByDays !== undefined &&
    order.sumOrderByDays !== undefined &&
    orderByDays !== order.sumOrderByDays
  ) {
    steps.push(
      today === undefined
        ? { text: 'sum.sheetOrderByIn', values: { in: days(orderByDays) } }
        : { text: 'sum.sheetOrderBy', values: { date: date(addDays(today, orderByDays)) } },
    );
  }
  return planItem('R6', { text, detail, values, steps });
}
