// R12–R22, R24: the checklist while a stockout approaches: slow sales down, protect the listing.

import { airItem } from './air-item';
import type { PlanContext } from './plan-context';
import { budgetItem, fixedItem, type PlanItem, planItem } from './plan-item';
import { cutBudget, priceCeiling, raisePrice } from './price-and-budget';
import { days, money, percent, type Quantity } from './quantity';

export function beforeChecklist(context: PlanContext): PlanItem[] {
  return [
    airItem(context),
    fixedItem('R12'),
    ...priceByGap(context),
    raiseCap(context),
    fixedItem('R17'),
    budgetCut(context),
    fixedItem('R19'),
    bidCut(context),
    fixedItem('R21'),
    fixedItem('R22'),
  ];
}

/**
 * R14–R16: the price advice the projected gap calls for. With the gap unknown, all three show as
 * conditions, so the seller still sees the rule.
 */
function priceByGap(context: PlanContext): PlanItem[] {
  const { settings, figures } = context;
  const bands = {
    shortDays: days(settings.shortGapDays),
    longDays: days(settings.longGapDays),
  };
  const gap = figures.gapDays;
  if (gap === undefined) {
    const missing = ['daysToArrival' as const];
    const raise = raiseItem(context, 'unknown', { ...bands });
    return [
      planItem('R14', {
        text: 'holdPriceIfShort',
        detail: 'holdPriceIfShortDetail',
        values: bands,
        missing,
      }),
      { ...raise, missing: [...missing, ...raise.missing] },
      planItem('R16', {
        text: 'planningFailureIfLong',
        detail: 'planningFailureDetail',
        values: bands,
        missing,
      }),
    ];
  }
  const values = { ...bands, gap: days(gap) };
  switch (figures.gapClass) {
    case 'medium':
      return [raiseItem(context, 'known', values)];
    case 'long':
      return [
        planItem('R16', { text: 'planningFailure', detail: 'planningFailureDetail', values }),
      ];
    default:
      // A short gap (or none, which the before phase never has): hold the price.
      return [planItem('R14', { text: 'holdPriceShort', detail: 'holdPriceShortDetail', values })];
  }
}

/** R15 (capped by R13): the raise as a price range, or as percents when the price is blank. */
function raiseItem(
  { row, settings }: PlanContext,
  gap: 'known' | 'unknown',
  base: Record<string, Quantity>,
): PlanItem {
  const drop = {
    dropLow: percent(settings.conversionDrop[0]),
    dropHigh: percent(settings.conversionDrop[1]),
  };
  const cappedRaise = raisePrice(1, settings.priceRaise, settings.maxSingleRaise).raise;
  const raisePct = { raiseLow: percent(cappedRaise[0]), raiseHigh: percent(cappedRaise[1]) };
  if (row.price === undefined) {
    return planItem('R15', {
      text: gap === 'known' ? 'raisePriceNoPrice' : 'raisePriceIfMediumNoPrice',
      detail: 'raisePriceRuleDetail',
      values: { ...base, ...drop, ...raisePct },
      missing: ['price'],
    });
  }
  const raised = raisePrice(row.price, settings.priceRaise, settings.maxSingleRaise);
  return planItem('R15', {
    text: gap === 'known' ? 'raisePrice' : 'raisePriceIfMedium',
    detail: gap === 'known' ? 'raisePriceDetail' : 'raisePriceRuleDetail',
    values: {
      ...base,
      ...drop,
      ...raisePct,
      price: money(row.price),
      low: money(raised.low),
      high: money(raised.high),
    },
  });
}

/** R13: the single-raise cap, as the highest price one raise may reach. */
function raiseCap({ row, settings }: PlanContext): PlanItem {
  const cap = percent(settings.maxSingleRaise);
  if (row.price === undefined) {
    return planItem('R13', {
      text: 'raiseCapRule',
      detail: 'raiseCapDetail',
      values: { cap },
      missing: ['price'],
    });
  }
  return planItem('R13', {
    text: 'raiseCap',
    detail: 'raiseCapDetail',
    values: {
      cap,
      price: money(row.price),
      ceiling: money(priceCeiling(row.price, settings.maxSingleRaise)),
    },
  });
}

/** R18: the cut daily budget as a money range. */
function budgetCut({ row, settings }: PlanContext): PlanItem {
  return budgetItem('R18', row.dailyAdBudget, (amount) => cutBudget(amount, settings.budgetCut), {
    factors: { cutLow: percent(settings.budgetCut[0]), cutHigh: percent(settings.budgetCut[1]) },
    rule: { text: 'cutBudgetRule', detail: 'cutBudgetRuleDetail' },
    figures: { text: 'cutBudget', detail: 'cutBudgetDetail' },
  });
}

/** R20: the bid cut, with what it does to a bid of 1.00. */
function bidCut({ settings }: PlanContext): PlanItem {
  const example = cutBudget(1, settings.bidCut);
  return planItem('R20', {
    text: 'lowerBids',
    detail: 'lowerBidsDetail',
    values: {
      cutLow: percent(settings.bidCut[0]),
      cutHigh: percent(settings.bidCut[1]),
      low: money(example.low),
      high: money(example.high),
    },
  });
}
