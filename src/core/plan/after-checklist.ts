// R32–R43: the checklist once stock is back: recover rank and sales without a price war. Heading
// for a new gap (R33), only the items that do not push sales up remain.

import { discountLadder } from './discount-ladder';
import type { PlanContext } from './plan-context';
import { budgetItem, fixedItem, type PlanItem, type PlanLine, planItem } from './plan-item';
import { recoveryBudget } from './price-and-budget';
import { days, money, multiple, percent, rate, units } from './quantity';
import { SALES_RAISING_RULES } from './rule-book';

/**
 * The recovery checklist. `gapAhead`: the SKU is heading for a new stockout, so the items that
 * raise sales (SALES_RAISING_RULES) are left out; the before-stockout items come first instead.
 */
export function afterChecklist(
  context: PlanContext,
  mode: 'full' | 'gapAhead' = 'full',
): PlanItem[] {
  const items = [
    fixedItem('R32'),
    replan(context),
    ladder(context),
    fixedItem('R35'),
    fixedItem('R38'),
    budget(context),
    fixedItem('R39'),
    fixedItem('R40'),
    fixedItem('R41'),
    fixedItem('R42'),
    fixedItem('R37'),
    fixedItem('R43'),
  ];
  return mode === 'full' ? items : items.filter((item) => !SALES_RAISING_RULES.has(item.rule));
}

/** R33: the order worked out on recovery sales (the order item above carries the quantity). */
function replan({ row, sales, settings, figures }: PlanContext): PlanItem {
  if (sales === undefined || figures.reorderQty === undefined) {
    return planItem('R33', {
      text: 'replanRule',
      detail: 'replanRuleDetail',
      missing: ['dailySales'],
    });
  }
  return planItem('R33', {
    text: figures.reorderQty > 0 ? 'replan' : 'replanCovered',
    detail: 'replanDetail',
    values: {
      units: units(figures.reorderQty),
      sales: rate(sales),
      cycle: days(row.cycleDays ?? settings.cycleDays),
      review: days(settings.reviewDays),
      safety: days(row.safetyDays ?? settings.safetyDays),
    },
  });
}

/** R34: the discount ladder, each rung with its price when the full price is known. */
function ladder({ row, settings }: PlanContext): PlanItem {
  const rungs = discountLadder(
    settings.recoveryDiscount,
    settings.discountSteps,
    settings.maxDiscount,
    row.price,
  );
  const steps: PlanLine[] = rungs.map((rung) => {
    const values = {
      discount: percent(rung.discount),
      ...(rung.price === undefined ? {} : { price: money(rung.price) }),
    };
    if (rung.discount === 0) {
      return {
        text: rung.price === undefined ? 'ladderFullPriceNoPrice' : 'ladderFullPrice',
        values,
      };
    }
    return { text: rung.price === undefined ? 'ladderStepNoPrice' : 'ladderStep', values };
  });
  return planItem('R34', {
    text: 'discountLadder',
    detail: 'discountLadderDetail',
    values: {
      start: percent(settings.recoveryDiscount),
      steps: units(settings.discountSteps),
      bandLow: percent(settings.recoveryDiscountRange[0]),
      bandHigh: percent(settings.recoveryDiscountRange[1]),
      max: percent(settings.maxDiscount),
    },
    steps,
    missing: row.price === undefined ? ['price'] : [],
  });
}

/** R36: the recovery daily budget as a money range. */
function budget({ row, settings }: PlanContext): PlanItem {
  return budgetItem(
    'R36',
    row.dailyAdBudget,
    (amount) => recoveryBudget(amount, settings.recoveryBudget),
    {
      factors: {
        multLow: multiple(settings.recoveryBudget[0]),
        multHigh: multiple(settings.recoveryBudget[1]),
      },
      rule: { text: 'recoveryBudgetRule', detail: 'recoveryBudgetRuleDetail' },
      figures: { text: 'recoveryBudget', detail: 'recoveryBudgetDetail' },
    },
  );
}
