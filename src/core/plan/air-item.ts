// R24: the emergency air / express item, shared by the before and during checklists.

import { airDaysSaved } from '../air-days-saved';
import { airQty } from '../air-qty';
import type { PlanContext } from './plan-context';
import { type PlanItem, planItem } from './plan-item';
import { days, units } from './quantity';
import type { SkuField } from './sku-row';

export function airItem({ row, stock, sales, settings }: PlanContext): PlanItem {
  const airDays = settings.airTransitDays;
  const arrival = row.daysToArrival;
  const missing: SkuField[] = [];
  if (sales === undefined) missing.push('dailySales');
  if (arrival === undefined) missing.push('daysToArrival');
  if (sales === undefined || arrival === undefined) {
    return planItem('R24', {
      text: 'airRule',
      detail: 'airRuleDetail',
      values: { airDays: days(airDays) },
      missing,
    });
  }
  const quantity = airQty(stock, sales, arrival, airDays) ?? 0;
  const saved = airDaysSaved(stock, sales, arrival, airDays) ?? 0;
  const values = {
    units: units(quantity),
    airDays: days(airDays),
    arrival: days(arrival),
    saved: days(saved),
  };
  if (quantity > 0) return planItem('R24', { text: 'airSend', detail: 'airSendDetail', values });
  return planItem('R24', {
    text: 'airNotNeeded',
    detail: sales === 0 ? 'airNoSalesDetail' : 'airNotNeededDetail',
    values,
  });
}
