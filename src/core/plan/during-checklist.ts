// R23–R31: the checklist while the SKU is out of stock: get stock back, hold the ground.

import { airItem } from './air-item';
import type { PlanContext } from './plan-context';
import { fixedItem, type PlanItem, planItem } from './plan-item';
import { days, money } from './quantity';

export function duringChecklist(context: PlanContext): PlanItem[] {
  const { row } = context;
  return [
    context.arrivalOverdueDays !== undefined
      ? planItem('R23', {
          text: 'trackInbound',
          detail: 'trackInboundOverdueDetail',
          values: { overdue: days(context.arrivalOverdueDays) },
        })
      : row.daysToArrival === undefined
        ? planItem('R23', {
            text: 'trackInbound',
            detail: 'trackInboundNoEtaDetail',
            missing: ['daysToArrival'],
          })
        : planItem('R23', {
            text: 'trackInbound',
            detail: 'trackInboundDetail',
            values: { arrival: days(row.daysToArrival) },
          }),
    airItem(context),
    row.price === undefined
      ? planItem('R25', { text: 'holdPriceDuring', detail: 'holdPriceDuringDetail' })
      : planItem('R25', {
          text: 'holdPriceDuringAt',
          detail: 'holdPriceDuringDetail',
          values: { price: money(row.price) },
        }),
    fixedItem('R26'),
    fixedItem('R27'),
    fixedItem('R28'),
    fixedItem('R29'),
    fixedItem('R30'),
    fixedItem('R31'),
  ];
}
