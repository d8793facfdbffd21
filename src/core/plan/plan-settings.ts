// The playbook numbers a plan is worked out with: one plain object, defaults from the playbook.

import { nonNegative, positive, whole } from '../checks';
import { InputError } from '../input-error';
import {
  DEFAULT_AIR_TRANSIT_DAYS,
  DEFAULT_ALERT_DAYS,
  DEFAULT_BID_CUT,
  DEFAULT_BUDGET_CUT,
  DEFAULT_CONVERSION_DROP,
  DEFAULT_CYCLE_DAYS,
  DEFAULT_DISCOUNT_STEPS,
  DEFAULT_LONG_GAP_DAYS,
  DEFAULT_MAX_DISCOUNT,
  DEFAULT_MAX_SINGLE_RAISE,
  DEFAULT_PRICE_RAISE,
  DEFAULT_RECOVERY_BUDGET,
  DEFAULT_RECOVERY_DAYS,
  DEFAULT_RECOVERY_DISCOUNT,
  DEFAULT_RECOVERY_DISCOUNT_RANGE,
  DEFAULT_SAFETY_DAYS,
  DEFAULT_SHORT_GAP_DAYS,
} from '../playbook-defaults';

/** A [low, high] pair; fractions for percentages (0.3 = 30%). */
export type NumberRange = readonly [low: number, high: number];

export interface PlanSettings {
  /** R4: cover (days) at or under which a stockout is approaching. */
  readonly alertDays: number;
  /** Days after a restock during which the recovery playbook runs. */
  readonly recoveryDays: number;
  /** R8: replenishment cycle (days) when the row has none. */
  readonly cycleDays: number;
  /** R9: safety stock (days of sales) when the row has none. */
  readonly safetyDays: number;
  /** R14: a gap of at most this many days is short. */
  readonly shortGapDays: number;
  /** R16: a gap of more than this many days is a planning failure. */
  readonly longGapDays: number;
  /** R15: price raise for a medium gap. */
  readonly priceRaise: NumberRange;
  /** R13: the largest single raise. */
  readonly maxSingleRaise: number;
  /** R15: the conversion fall after a raise that calls for shrinking or undoing it. */
  readonly conversionDrop: NumberRange;
  /** R18: daily budget cut before a stockout. */
  readonly budgetCut: NumberRange;
  /** R20: core keyword bid cut before a stockout. */
  readonly bidCut: NumberRange;
  /** R24: days from sending an air / express shipment to units sellable in FBA. */
  readonly airTransitDays: number;
  /** R34: the band the recovery discount starts in. */
  readonly recoveryDiscountRange: NumberRange;
  /** R34: the discount the recovery ladder starts at. */
  readonly recoveryDiscount: number;
  /** R34: every discount stays below this (never 50% off or more). */
  readonly maxDiscount: number;
  /** R34: steps from the starting discount back to full price. */
  readonly discountSteps: number;
  /** R36: recovery daily budget as multiples of the pre-stockout budget. */
  readonly recoveryBudget: NumberRange;
}

export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  alertDays: DEFAULT_ALERT_DAYS,
  recoveryDays: DEFAULT_RECOVERY_DAYS,
  cycleDays: DEFAULT_CYCLE_DAYS,
  safetyDays: DEFAULT_SAFETY_DAYS,
  shortGapDays: DEFAULT_SHORT_GAP_DAYS,
  longGapDays: DEFAULT_LONG_GAP_DAYS,
  priceRaise: DEFAULT_PRICE_RAISE,
  maxSingleRaise: DEFAULT_MAX_SINGLE_RAISE,
  conversionDrop: DEFAULT_CONVERSION_DROP,
  budgetCut: DEFAULT_BUDGET_CUT,
  bidCut: DEFAULT_BID_CUT,
  airTransitDays: DEFAULT_AIR_TRANSIT_DAYS,
  recoveryDiscountRange: DEFAULT_RECOVERY_DISCOUNT_RANGE,
  recoveryDiscount: DEFAULT_RECOVERY_DISCOUNT,
  maxDiscount: DEFAULT_MAX_DISCOUNT,
  discountSteps: DEFAULT_DISCOUNT_STEPS,
  recoveryBudget: DEFAULT_RECOVERY_BUDGET,
};

/** The largest number of steps a discount ladder may take back to full price. */
export const MAX_DISCOUNT_STEPS = 5;

/**
 * Checks every number and how they relate (short gap < long gap, discount < its cap, ranges low
 * first), naming the first bad setting in an InputError. Returns the settings unchanged.
 */
export function checkPlanSettings(settings: PlanSettings): PlanSettings {
  const s = settings;
  positive('alert_days', s.alertDays);
  nonNegative('recovery_days', s.recoveryDays);
  nonNegative('cycle_days', s.cycleDays);
  nonNegative('safety_days', s.safetyDays);
  nonNegative('short_gap_days', s.shortGapDays);
  nonNegative('long_gap_days', s.longGapDays);
  if (s.longGapDays <= s.shortGapDays) {
    throw new InputError('notAbove', {
      arg: 'long_gap_days',
      other: `short_gap_days (${s.shortGapDays})`,
      value: s.longGapDays,
    });
  }
  fractionRange('price_raise', s.priceRaise);
  fraction('max_single_raise', s.maxSingleRaise);
  fractionRange('conversion_drop', s.conversionDrop);
  fractionRange('budget_cut', s.budgetCut);
  fractionRange('bid_cut', s.bidCut);
  nonNegative('air_transit_days', s.airTransitDays);
  fraction('max_discount', s.maxDiscount);
  fractionRange('recovery_discount_range', s.recoveryDiscountRange);
  positive('recovery_discount', s.recoveryDiscount);
  if (s.recoveryDiscount >= s.maxDiscount) {
    throw new InputError('outOfRange', {
      arg: 'recovery_discount',
      min: '0',
      max: `${s.maxDiscount} (max_discount, excluded)`,
      value: s.recoveryDiscount,
    });
  }
  whole('discount_steps', positive('discount_steps', s.discountSteps));
  if (s.discountSteps > MAX_DISCOUNT_STEPS) {
    throw new InputError('outOfRange', {
      arg: 'discount_steps',
      min: 1,
      max: MAX_DISCOUNT_STEPS,
      value: s.discountSteps,
    });
  }
  range('recovery_budget', s.recoveryBudget);
  positive('recovery_budget', s.recoveryBudget[0]);
  return settings;
}

/** A share of something: 0 ≤ value ≤ 1. */
function fraction(arg: string, value: number): number {
  nonNegative(arg, value);
  if (value > 1) throw new InputError('outOfRange', { arg, min: 0, max: 1, value });
  return value;
}

function fractionRange(arg: string, value: NumberRange): NumberRange {
  range(arg, value);
  fraction(arg, value[0]);
  fraction(arg, value[1]);
  return value;
}

function range(arg: string, value: NumberRange): NumberRange {
  nonNegative(arg, value[0]);
  nonNegative(arg, value[1]);
  if (value[0] > value[1]) {
    throw new InputError('rangeReversed', { arg, value: `${value[0]}–${value[1]}` });
  }
  return value;
}
