// What each plan setting may hold and how they must relate: the one set of rules, listing every fault.

import { DISCOUNT_CEILING } from '../playbook-defaults';
import type { NumberRange, PlanSettings } from './plan-settings';

/** The largest number of steps a discount ladder may take back to full price. */
export const MAX_DISCOUNT_STEPS = 5;

/**
 * Why a setting has an upper limit. `share`: a fraction of something, at most all of it;
 * `adsStayOn`: R21, a cut that would switch the ads off; `discountCeiling`: R34, never 50% off;
 * `steps`: a ladder a seller can still follow.
 */
export type SettingLimitReason = 'share' | 'adsStayOn' | 'discountCeiling' | 'steps';

export interface SettingLimit {
  readonly max: number;
  /** True when the value must stay strictly below `max`. */
  readonly excluded: boolean;
  readonly reason: SettingLimitReason;
}

/** What one setting may hold; a range's two ends each obey it. */
export interface PlanSettingRule {
  /** The setting's name in the calculations' messages (snake_case, like a function argument). */
  readonly arg: string;
  readonly min: 'positive' | 'nonNegative';
  readonly whole?: boolean;
  readonly limit?: SettingLimit;
}

const SHARE: SettingLimit = { max: 1, excluded: false, reason: 'share' };
const ADS_STAY_ON: SettingLimit = { max: 1, excluded: true, reason: 'adsStayOn' };
const DISCOUNT: SettingLimit = {
  max: DISCOUNT_CEILING,
  excluded: false,
  reason: 'discountCeiling',
};
const STEPS: SettingLimit = { max: MAX_DISCOUNT_STEPS, excluded: false, reason: 'steps' };

/** One rule per plan setting, in the order the plan uses them; a new setting needs its rule. */
export const PLAN_SETTING_RULES: { readonly [K in keyof PlanSettings]: PlanSettingRule } = {
  alertDays: { arg: 'alert_days', min: 'positive' },
  recoveryDays: { arg: 'recovery_days', min: 'nonNegative' },
  cycleDays: { arg: 'cycle_days', min: 'positive' },
  safetyDays: { arg: 'safety_days', min: 'nonNegative' },
  shortGapDays: { arg: 'short_gap_days', min: 'nonNegative' },
  longGapDays: { arg: 'long_gap_days', min: 'nonNegative' },
  priceRaise: { arg: 'price_raise', min: 'nonNegative', limit: SHARE },
  maxSingleRaise: { arg: 'max_single_raise', min: 'nonNegative', limit: SHARE },
  conversionDrop: { arg: 'conversion_drop', min: 'nonNegative', limit: SHARE },
  budgetCut: { arg: 'budget_cut', min: 'nonNegative', limit: ADS_STAY_ON },
  bidCut: { arg: 'bid_cut', min: 'nonNegative', limit: ADS_STAY_ON },
  airTransitDays: { arg: 'air_transit_days', min: 'nonNegative' },
  recoveryDiscountRange: { arg: 'recovery_discount_range', min: 'nonNegative', limit: SHARE },
  recoveryDiscount: { arg: 'recovery_discount', min: 'positive', limit: SHARE },
  maxDiscount: { arg: 'max_discount', min: 'positive', limit: DISCOUNT },
  discountSteps: { arg: 'discount_steps', min: 'positive', whole: true, limit: STEPS },
  recoveryBudget: { arg: 'recovery_budget', min: 'positive' },
};

export type PlanSettingKey = keyof PlanSettings;

export type PlanSettingProblemKey =
  | 'notFinite'
  | 'negative'
  | 'notPositive'
  | 'notWhole'
  | 'tooHigh'
  | 'rangeReversed'
  | 'notAbove'
  | 'notBelow'
  | 'outsideBand';

/**
 * One fault in the plan settings. `value` is the number at fault (a range's end, or the whole
 * range when it is reversed); `other` is the setting it was compared with; `limit` the bound a
 * `tooHigh` value passed.
 */
export interface PlanSettingProblem {
  readonly setting: PlanSettingKey;
  readonly key: PlanSettingProblemKey;
  readonly value: number | NumberRange;
  readonly other?: PlanSettingKey;
  readonly limit?: SettingLimit;
}

/**
 * Every fault in the settings, each setting on its own first, then how they relate (short gap <
 * long gap; the recovery discount and its band below the discount cap; the discount inside its
 * band). A relation is only checked between settings that are each fine. Empty when all is well.
 */
export function planSettingsProblems(settings: PlanSettings): PlanSettingProblem[] {
  const problems: PlanSettingProblem[] = [];
  const faulty = new Set<PlanSettingKey>();
  for (const setting of Object.keys(PLAN_SETTING_RULES) as PlanSettingKey[]) {
    const found = checkOne(setting, settings[setting]);
    if (found.length > 0) faulty.add(setting);
    problems.push(...found);
  }
  const fine = (...keys: PlanSettingKey[]) => keys.every((key) => !faulty.has(key));
  const s = settings;
  if (fine('shortGapDays', 'longGapDays') && s.longGapDays <= s.shortGapDays) {
    problems.push(relation('longGapDays', 'notAbove', s.longGapDays, 'shortGapDays'));
  }
  if (fine('recoveryDiscount', 'maxDiscount') && s.recoveryDiscount >= s.maxDiscount) {
    problems.push(relation('recoveryDiscount', 'notBelow', s.recoveryDiscount, 'maxDiscount'));
    faulty.add('recoveryDiscount');
  }
  const [bandLow, bandHigh] = s.recoveryDiscountRange;
  if (fine('recoveryDiscountRange', 'maxDiscount') && bandHigh >= s.maxDiscount) {
    problems.push(relation('recoveryDiscountRange', 'notBelow', bandHigh, 'maxDiscount'));
  }
  if (
    fine('recoveryDiscount', 'recoveryDiscountRange') &&
    (s.recoveryDiscount < bandLow || s.recoveryDiscount > bandHigh)
  ) {
    problems.push(
      relation('recoveryDiscount', 'outsideBand', s.recoveryDiscount, 'recoveryDiscountRange'),
    );
  }
  return problems;
}

function relation(
  setting: PlanSettingKey,
  key: PlanSettingProblemKey,
  value: number,
  other: PlanSettingKey,
): PlanSettingProblem {
  return { setting, key, value, other };
}

/** The faults of one setting on its own: each end of a range, then the range's order. */
function checkOne(setting: PlanSettingKey, value: number | NumberRange): PlanSettingProblem[] {
  const rule = PLAN_SETTING_RULES[setting];
  if (typeof value === 'number') {
    const key = numberFault(rule, value);
    return key === undefined ? [] : [fault(setting, rule, key, value)];
  }
  const problems: PlanSettingProblem[] = [];
  for (const end of value) {
    const key = numberFault(rule, end);
    if (key !== undefined) problems.push(fault(setting, rule, key, end));
  }
  if (problems.length === 0 && value[0] > value[1]) {
    problems.push({ setting, key: 'rangeReversed', value });
  }
  return problems;
}

function fault(
  setting: PlanSettingKey,
  rule: PlanSettingRule,
  key: PlanSettingProblemKey,
  value: number,
): PlanSettingProblem {
  return key === 'tooHigh' && rule.limit !== undefined
    ? { setting, key, value, limit: rule.limit }
    : { setting, key, value };
}

function numberFault(rule: PlanSettingRule, value: number): PlanSettingProblemKey | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'notFinite';
  if (rule.min === 'positive' && value <= 0) return 'notPositive';
  if (value < 0) return 'negative';
  if (rule.whole === true && !Number.isInteger(value)) return 'notWhole';
  const limit = rule.limit;
  if (limit !== undefined && (limit.excluded ? value >= limit.max : value > limit.max)) {
    return 'tooHigh';
  }
  return undefined;
}
