// The playbook numbers a plan is worked out with: one plain object, defaults from the playbook.

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
import {
  PLAN_SETTING_RULES,
  type PlanSettingKey,
  type PlanSettingProblem,
  planSettingsProblems,
} from './plan-setting-rules';

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

/**
 * Checks every number and how they relate (short gap < long gap, discount below its cap and inside
 * its band, ranges low first), naming the first bad setting in an InputError. The rules are
 * PLAN_SETTING_RULES, the same ones the Settings dialog applies. Returns the settings unchanged.
 */
export function checkPlanSettings(settings: PlanSettings): PlanSettings {
  const [first] = planSettingsProblems(settings);
  if (first !== undefined) throw planSettingError(first, settings);
  return settings;
}

/** A plan-settings fault as the calculations phrase it, the setting named by its argument name. */
function planSettingError(problem: PlanSettingProblem, settings: PlanSettings): InputError {
  const rule = PLAN_SETTING_RULES[problem.setting];
  const arg = rule.arg;
  const value = settingText(problem.value);
  const other = problem.other;
  switch (problem.key) {
    case 'notFinite':
      return new InputError('notAFiniteNumber', { arg, value: String(value) });
    case 'negative':
    case 'notPositive':
    case 'notWhole':
    case 'rangeReversed':
      return new InputError(problem.key, { arg, value });
    case 'tooHigh': {
      const limit = problem.limit;
      const max = limit === undefined ? '' : `${limit.max}${limit.excluded ? ' (excluded)' : ''}`;
      return new InputError('outOfRange', {
        arg,
        min: rule.whole === true ? 1 : rule.min === 'positive' ? '0 (excluded)' : 0,
        max,
        value,
      });
    }
    case 'notAbove':
      return new InputError('notAbove', { arg, other: otherText(other, settings), value });
    case 'notBelow':
      return new InputError('outOfRange', {
        arg,
        min: '0',
        max: `${otherText(other, settings)}, excluded`,
        value,
      });
    case 'outsideBand':
      return new InputError('outOfRange', {
        arg,
        min: settings.recoveryDiscountRange[0],
        max: `${settings.recoveryDiscountRange[1]} (${PLAN_SETTING_RULES.recoveryDiscountRange.arg})`,
        value,
      });
  }
}

/** `short_gap_days (7)`: another setting and its value, for a message. */
function otherText(other: PlanSettingKey | undefined, settings: PlanSettings): string {
  if (other === undefined) return '';
  return `${PLAN_SETTING_RULES[other].arg} (${settingText(settings[other])})`;
}

/** A setting's value as a message shows it: a number as it is, a range as `0.3–0.4`. */
export function settingText(value: number | NumberRange): number | string {
  return typeof value === 'number' ? value : `${value[0]}–${value[1]}`;
}
